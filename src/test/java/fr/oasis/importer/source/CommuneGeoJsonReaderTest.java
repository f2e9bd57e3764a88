package fr.oasis.importer.source;

import fr.oasis.importer.problem.ImportProblem;
import fr.oasis.territory.record.CommuneShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.io.WKTReader;

import java.nio.file.Path;
import java.util.List;

import static fr.oasis.importer.source.ReaderTestSupport.assertHasProblem;
import static fr.oasis.importer.source.ReaderTestSupport.collection;
import static fr.oasis.importer.source.ReaderTestSupport.feature;
import static fr.oasis.importer.source.ReaderTestSupport.fixture;
import static fr.oasis.importer.source.ReaderTestSupport.problems;
import static fr.oasis.importer.source.ReaderTestSupport.square;
import static fr.oasis.importer.source.ReaderTestSupport.write;
import static org.assertj.core.api.Assertions.assertThat;

class CommuneGeoJsonReaderTest {
    private final CommuneGeoJsonReader reader = new CommuneGeoJsonReader();
    private final WKTReader wkt = new WKTReader();

    @TempDir
    Path dir;

    @Test
    void readsPolygonsMultiPolygonsAndHoles() throws Exception {
        Path file = fixture("communes-test.geojson");
        assertThat(reader.canRead(file)).isTrue();

        ReadResult<CommuneShape> result = reader.read(file);

        assertThat(result.records()).extracting(CommuneShape::code).containsExactly("55029", "55545", "2A004");
        assertThat(result.records()).extracting(CommuneShape::name)
                .containsExactly("Bar-le-Duc", "Verdun", "L'Île-aux-Trous");
        assertThat(result.itemsRead()).isEqualTo(3);
        assertThat(result.warnings()).isEmpty();
        CommuneShape bar = result.records().get(0);
        assertThat(bar.geometry().equalsExact(wkt.read("POLYGON ((5.1 48.7, 5.2 48.7, 5.2 48.8, 5.1 48.8, 5.1 48.7))")))
                .isTrue();
        assertThat(bar.geometry().getSRID()).isEqualTo(4326);
        assertThat(bar.origin()).isEqualTo("communes-test.geojson#feature 1");
        assertThat(result.records().get(1).geometry().getGeometryType()).isEqualTo("MultiPolygon");
        assertThat(result.records().get(2).geometry().getArea()).isCloseTo(0.09 - 0.01, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void keepsHostileNamesVerbatim() {
        String hostile = "<script>alert(1)</script>'; DROP TABLE commune;--";
        Path file = write(dir, "hostile.geojson", collection(feature("55029", hostile, square(5, 48, 0.1))));

        assertThat(reader.read(file).records().get(0).name()).isEqualTo(hostile);
    }

    @Test
    void rejectsControlCharactersInNames() {
        Path file = write(dir, "ctrl.geojson", collection(feature("55029", "Bar\u0000le-Duc", square(5, 48, 0.1))));

        assertHasProblem(problems(() -> reader.read(file)), "ctrl.geojson", "feature 1", "nom", "U+0000");
    }

    @Test
    void repairsSelfIntersectingPolygonWithWarning() {
        String bowtie = "{\"type\":\"Polygon\",\"coordinates\":[[[5,48],[5.1,48.1],[5.1,48],[5,48.1],[5,48]]]}";
        Path file = write(dir, "bowtie.geojson", collection(feature("55029", "Bar", bowtie)));

        ReadResult<CommuneShape> result = reader.read(file);

        assertThat(result.records().get(0).geometry().isValid()).isTrue();
        assertThat(result.records().get(0).geometry().getArea()).isGreaterThan(0);
        assertHasProblem(result.warnings(), "bowtie.geojson", "feature 1", "geometry", "repaired");
    }

    @Test
    void collectsMissingCodeEmptyGeometryAndDuplicates() {
        Path file = write(dir, "bad.geojson", collection(
                feature("55029", "A", square(5, 48, 0.1)),
                feature(null, "B", square(5.2, 48, 0.1)),
                feature("55030", "C", "null"),
                feature("55031", "D", "{\"type\":\"Polygon\",\"coordinates\":[]}"),
                feature("55029", "E", square(5.4, 48, 0.1)),
                feature("55032", "F", "{\"type\":\"Point\",\"coordinates\":[5,48]}")));

        List<ImportProblem> problems = problems(() -> reader.read(file));

        assertThat(problems).hasSize(5);
        assertHasProblem(problems, "bad.geojson", "feature 2", "code", "missing");
        assertHasProblem(problems, "bad.geojson", "feature 3", "geometry", "empty geometry");
        assertHasProblem(problems, "bad.geojson", "feature 4", "geometry", "empty polygon");
        assertHasProblem(problems, "bad.geojson", "feature 5", "code", "already used by feature 1");
        assertHasProblem(problems, "bad.geojson", "feature 6", "geometry", "not Polygon or MultiPolygon");
    }

    @Test
    void refusesAnUnknownCrsNamingIt() {
        String text = "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":"
                + "{\"name\":\"urn:ogc:def:crs:EPSG::999999\"}},\"features\":[]}";
        Path file = write(dir, "unknown.geojson", text);

        assertHasProblem(problems(() -> reader.read(file)), "unknown.geojson", "", "crs", "EPSG::999999");
    }

    @Test
    void reprojectsAnOverseasCrs() {
        // RGR92 / UTM 40S (La Réunion): 340 000 E, 7 690 000 N lies near Saint-Denis, 55.46°E 20.9°S.
        String square = "{\"type\":\"Polygon\",\"coordinates\":[[[340000,7690000],[341000,7690000],"
                + "[341000,7691000],[340000,7691000],[340000,7690000]]]}";
        String text = "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":"
                + "{\"name\":\"urn:ogc:def:crs:EPSG::2975\"}},\"features\":[{\"type\":\"Feature\","
                + "\"properties\":{\"code\":\"97411\",\"nom\":\"Saint-Denis\"},\"geometry\":" + square + "}]}";

        org.locationtech.jts.geom.Point p = reader.read(write(dir, "reunion.geojson", text)).records().get(0)
                .geometry().getCentroid();
        assertThat(p.getX()).isBetween(55.3, 55.6);
        assertThat(p.getY()).isBetween(-21.0, -20.8);
    }

    @Test
    void acceptsEpsg4326Crs() {
        String text = "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":"
                + "{\"name\":\"EPSG:4326\"}},\"features\":[" + feature("55029", "A", square(5, 48, 0.1)) + "]}";

        assertThat(reader.read(write(dir, "wgs.geojson", text)).records()).hasSize(1);
    }

    @Test
    void recognisesLambert93CoordinatesWithoutCrs() {
        Path file = write(dir, "metres.geojson", collection(feature("55029", "A", square(850000, 6850000, 1000))));

        assertHasProblem(problems(() -> reader.read(file)), "metres.geojson", "feature 1", "geometry", "Lambert-93");
    }

    @Test
    void refusesOutOfRangeLatitude() {
        Path file = write(dir, "range.geojson", collection(feature("55029", "A", square(5, 95, 0.1))));

        assertHasProblem(problems(() -> reader.read(file)), "range.geojson", "feature 1", "geometry", "outside WGS84");
    }

    @Test
    void reportsMalformedJsonWithLineAndColumn() {
        Path file = write(dir, "broken.geojson", "{\"type\":\"FeatureCollection\",\n\"features\":[\n{\"type\":,}]}");

        List<ImportProblem> problems = problems(() -> reader.read(file));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("broken.geojson");
            assertThat(p.location()).startsWith("line 3, column ");
            assertThat(p.message()).startsWith("malformed JSON");
        });
    }

    @Test
    void reportsTruncatedFile() {
        String full = collection(feature("55029", "A", square(5, 48, 0.1)));
        Path file = write(dir, "cut.geojson", full.substring(0, full.length() / 2));

        assertThat(problems(() -> reader.read(file))).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("end-of-input"));
    }

    @Test
    void refusesFileAboveSizeLimitBeforeParsing() {
        Path file = write(dir, "big.geojson", "x".repeat(2000));

        List<ImportProblem> problems = problems(() -> new CommuneGeoJsonReader(new ReadLimits(1000, 50)).read(file));

        assertHasProblem(problems, "big.geojson", "", "", "larger than the 1,000-byte limit");
    }
}
