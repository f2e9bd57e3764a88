package fr.oasis.importer.source;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static fr.oasis.importer.source.GeoPackageTestWriter.encode;
import static fr.oasis.importer.source.ReaderTestSupport.assertHasProblem;
import static fr.oasis.importer.source.ReaderTestSupport.collection;
import static fr.oasis.importer.source.ReaderTestSupport.feature;
import static fr.oasis.importer.source.ReaderTestSupport.problems;
import static fr.oasis.importer.source.ReaderTestSupport.square;
import static fr.oasis.importer.source.ReaderTestSupport.write;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a careless export produces (issue 11), refused by the readers naming the file, the
 * feature or line, the field and the value: [lat, lon] positions in every reader of positions,
 * values of megabytes, text longer than anything stored.
 */
class CarelessExportTest {
    private static final String SWAPPED = "looks like [lat, lon], latitude first";

    @TempDir
    Path dir;

    @Test
    void geoJsonContoursInLatLonOrderAreRefusedWithTheValue() {
        Path file = write(dir, "communes.geojson", collection(feature("55029", "Bar-le-Duc", square(5, 48, 0.1)),
                feature("55040", "Behonne", square(48.8, 5.1, 0.1))));

        assertHasProblem(problems(() -> new CommuneGeoJsonReader().read(file)), "communes.geojson", "feature 2",
                "geometry", "coordinates (48.8, 5.1) is outside France: it " + SWAPPED);
    }

    @Test
    void referencePointsInLatLonOrderOrAbroadAreRefusedWithTheValue() {
        Path file = write(dir, "chefs-lieux.geojson", collection(
                point("55029", 5.16, 48.77), point("55040", 48.79, 5.17), point("55041", 13.4, 52.5)));

        var problems = problems(() -> new ChefLieuGeoJsonReader().read(file));

        assertHasProblem(problems, "chefs-lieux.geojson", "feature 2", "geometry", "(48.79, 5.17) is outside France: it "
                + SWAPPED);
        assertHasProblem(problems, "chefs-lieux.geojson", "feature 3", "geometry", "(13.4, 52.5) is outside France"
                + " (metropolitan");
    }

    @Test
    void geoPackageContoursInLatLonOrderAreRefusedWithTheValue() throws Exception {
        Path file = dir.resolve("communes.gpkg");
        Geometry swapped = new WKTReader().read("POLYGON ((48.7 5.1, 48.8 5.1, 48.8 5.2, 48.7 5.2, 48.7 5.1))");
        try (GeoPackageTestWriter gpkg = new GeoPackageTestWriter(file, "commune", 4326, "insee_com", "nom")) {
            gpkg.insert(encode(swapped, 100, true, true), "55029", "Bar-le-Duc");
        }

        assertHasProblem(problems(() -> new CommuneGeoPackageReader().read(file)), "communes.gpkg", "row 1", "geom",
                "coordinates (48.7, 5.1) is outside France: it " + SWAPPED);
    }

    @Test
    void practitionersWithLatLonAreRefusedWithTheValue() {
        Path file = write(dir, "ps.csv", "id,profession,commune_code,lon,lat\nmg-1,MG,55029,48.7727,5.1602\n");

        assertHasProblem(problems(() -> new PractitionerCsvReader().read(file)), "ps.csv", "line 2", "lon, lat",
                "point (48.7727, 5.1602) is outside France: it " + SWAPPED);
    }

    @Test
    void aValueOfTensOfMegabytesIsRefusedNamingFileLineAndField() throws IOException {
        Path file = dir.resolve("ps.csv");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("id,profession,specialty,commune_code\nmg-1,MG,SM54,55029\nmg-2,MG,".getBytes(StandardCharsets.UTF_8));
            byte[] block = "A".repeat(1 << 20).getBytes(StandardCharsets.UTF_8);
            for (int k = 0; k < 30; k++) {
                out.write(block);
            }
            out.write(",55029\n".getBytes(StandardCharsets.UTF_8));
        }

        assertHasProblem(problems(() -> new PractitionerCsvReader().read(file)), "ps.csv", "line 3", "specialty",
                "value longer than 65536 bytes");
    }

    @Test
    void aJsonStringOfMegabytesIsRefusedNamingFileAndMember() {
        Path file = write(dir, "communes.geojson", collection(feature("55029", "B".repeat(3 << 20), square(5, 48, 0.1))));

        var problems = problems(() -> new CommuneGeoJsonReader().read(file));

        assertThat(problems).as(problems.toString()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("communes.geojson");
            assertThat(p.location()).startsWith("line 2, column ");
            assertThat(p.field()).isEqualTo("nom");
            assertThat(p.message()).startsWith("malformed JSON in feature 1: String value length");
        });
    }

    @Test
    void noTextLongerThanTheBoundIsStored() {
        String name = "Bar-le-Duc ".repeat(200);
        Path geojson = write(dir, "communes.geojson", collection(feature("55029", name, square(5, 48, 0.1))));
        Path csv = write(dir, "ps.csv", "id,profession,specialty,commune_code\nmg-1,MG,\"" + name + "\",55029\n");

        assertHasProblem(problems(() -> new CommuneGeoJsonReader().read(geojson)), "communes.geojson", "feature 1",
                "nom", "value of 2,200 characters, longer than the 1,000-character limit");
        assertHasProblem(problems(() -> new PractitionerCsvReader().read(csv)), "ps.csv", "line 2", "specialty",
                "value of 2,200 characters, longer than the 1,000-character limit");
    }

    private static String point(String code, double lon, double lat) {
        return "{\"type\":\"Feature\",\"properties\":{\"code\":\"" + code + "\"},\"geometry\":{\"type\":\"Point\","
                + "\"coordinates\":[" + lon + "," + lat + "]}}";
    }
}
