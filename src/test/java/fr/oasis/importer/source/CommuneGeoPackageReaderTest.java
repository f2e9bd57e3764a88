package fr.oasis.importer.source;

import fr.oasis.territory.record.CommuneShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;

import java.nio.file.Path;
import java.util.List;

import static fr.oasis.importer.source.GeoPackageTestWriter.encode;
import static fr.oasis.importer.source.ReaderTestSupport.assertHasProblem;
import static fr.oasis.importer.source.ReaderTestSupport.problems;
import static fr.oasis.importer.source.ReaderTestSupport.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CommuneGeoPackageReaderTest {
    private static final String[] ADMIN_EXPRESS = {"INSEE_COM", "NOM", "SIREN_EPCI", "INSEE_DEP", "INSEE_REG"};
    private final CommuneGeoPackageReader reader = new CommuneGeoPackageReader();
    private final WKTReader wkt = new WKTReader();

    @TempDir
    Path dir;

    /** A 1 km square in Lambert-93 whose south-west corner is at (x, y) metres. */
    private Geometry squareL93(double x, double y) throws Exception {
        return wkt.read(String.format(java.util.Locale.ROOT, "MULTIPOLYGON (((%1$f %2$f, %3$f %2$f, %3$f %4$f, %1$f %4$f, %1$f %2$f)))",
                x, y, x + 1000, y + 1000));
    }

    @Test
    void readsAdminExpressCommunesAndReprojectsToWgs84() throws Exception {
        Path file = dir.resolve("ADMIN-EXPRESS.gpkg");
        try (GeoPackageTestWriter gpkg = new GeoPackageTestWriter(file, "COMMUNE", 2154, ADMIN_EXPRESS)) {
            // The three header variants: no envelope, xy envelope, big-endian.
            gpkg.insert(encode(squareL93(700000, 6600000), 100, false, true), "03001", "Origine", "200000003", "03", "84");
            gpkg.insert(encode(squareL93(850000, 6850000), 100, true, true), "55029", "Bar-le-Duc", "200000001", "55", "44");
            gpkg.insert(encode(squareL93(1000000, 6750000), 100, true, false), "2A004", "Ajaccio'; DROP TABLE x;--", null, "2A", "94");
        }
        assertThat(reader.canRead(file)).isTrue();

        ReadResult<CommuneShape> result = reader.read(file);

        assertThat(result.records()).extracting(CommuneShape::code, CommuneShape::name, CommuneShape::epciCode,
                CommuneShape::departementCode, CommuneShape::regionCode).containsExactly(
                org.assertj.core.groups.Tuple.tuple("03001", "Origine", "200000003", "03", "84"),
                org.assertj.core.groups.Tuple.tuple("55029", "Bar-le-Duc", "200000001", "55", "44"),
                org.assertj.core.groups.Tuple.tuple("2A004", "Ajaccio'; DROP TABLE x;--", null, "2A", "94"));
        CommuneShape origin = result.records().get(0);
        assertThat(origin.origin()).isEqualTo("ADMIN-EXPRESS.gpkg#row 1");
        assertThat(origin.geometry().getSRID()).isEqualTo(4326);
        // Lambert-93 is defined with its origin (700 000, 6 600 000) at 3°E, 46.5°N.
        Coordinate sw = origin.geometry().getCoordinates()[0];
        assertThat(sw.x).isCloseTo(3.0, within(1e-7));
        assertThat(sw.y).isCloseTo(46.5, within(1e-7));
        // 1 km east at 46.5°N is about 1000 / (111 320 cos 46.5°) = 0.01305 degrees of longitude.
        Coordinate se = origin.geometry().getCoordinates()[1];
        assertThat(se.x - sw.x).isCloseTo(0.01305, within(1e-4));
        assertThat(se.y).isCloseTo(46.5, within(1e-4));
        assertThat(result.records().get(1).geometry().getInteriorPoint().getX()).isBetween(5.0, 5.5);
    }

    @Test
    void takesWgs84GeoPackageAsIsWithCaseInsensitiveNames() throws Exception {
        Path file = dir.resolve("communes.gpkg");
        Geometry square = wkt.read("POLYGON ((5.1 48.7, 5.2 48.7, 5.2 48.8, 5.1 48.8, 5.1 48.7))");
        try (GeoPackageTestWriter gpkg = new GeoPackageTestWriter(file, "commune", 4326, "insee_com", "nom")) {
            gpkg.insert(encode(square, 100, true, true), "55029", "Bar-le-Duc");
        }

        CommuneShape shape = reader.read(file).records().get(0);

        assertThat(shape.geometry().equalsExact(square)).isTrue();
        assertThat(shape.epciCode()).isNull();
    }

    @Test
    void refusesAnUnknownCrsNamingIt() throws Exception {
        Path file = dir.resolve("unknown.gpkg");
        try (GeoPackageTestWriter gpkg = new GeoPackageTestWriter(file, "COMMUNE", 999999, ADMIN_EXPRESS)) {
            gpkg.insert(encode(squareL93(0, 0), 100, false, true), "55029", "A", null, null, null);
        }

        assertHasProblem(problems(() -> reader.read(file)), "unknown.gpkg", "", "geom", "EPSG:999999");
    }

    @Test
    void reprojectsAnOverseasCrs() throws Exception {
        // RGAF09 / UTM 20N (Antilles): 710 000 E, 1 620 000 N lies in Martinique, 61.0°W 14.6°N.
        Path file = dir.resolve("martinique.gpkg");
        try (GeoPackageTestWriter gpkg = new GeoPackageTestWriter(file, "COMMUNE", 5490, ADMIN_EXPRESS)) {
            gpkg.insert(encode(squareL93(710000, 1620000), 100, true, true), "97209", "Fort-de-France", null, "972", "02");
        }

        org.locationtech.jts.geom.Point p = reader.read(file).records().get(0).geometry().getCentroid();
        assertThat(p.getX()).isBetween(-61.2, -60.8);
        assertThat(p.getY()).isBetween(14.4, 14.8);
    }

    @Test
    void refusesTextFileRenamedGpkg() {
        Path file = write(dir, "communes.gpkg", "INSEE_COM;NOM\n55029;Bar-le-Duc\n");

        assertThat(reader.canRead(file)).isFalse();
        assertHasProblem(problems(() -> reader.read(file)), "communes.gpkg", "", "", "not a GeoPackage");
    }

    @Test
    void refusesSqliteDatabaseWithoutGeoPackageTables() throws Exception {
        Path file = dir.resolve("plain.gpkg");
        try (var db = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file); var st = db.createStatement()) {
            st.execute("CREATE TABLE t (x INTEGER)");
        }

        assertHasProblem(problems(() -> reader.read(file)), "plain.gpkg", "", "", "no readable gpkg_contents");
    }

    @Test
    void listsMissingColumns() throws Exception {
        Path file = dir.resolve("cols.gpkg");
        try (GeoPackageTestWriter gpkg = new GeoPackageTestWriter(file, "COMMUNE", 2154, "CODE", "LIBELLE")) {
            gpkg.insert(encode(squareL93(850000, 6850000), 100, false, true), "55029", "A");
        }

        assertHasProblem(problems(() -> reader.read(file)), "cols.gpkg", "", "INSEE_COM, NOM", "missing column(s)");
    }

    @Test
    void reportsEmptyMalformedAndDuplicateRows() throws Exception {
        Path file = dir.resolve("rows.gpkg");
        try (GeoPackageTestWriter gpkg = new GeoPackageTestWriter(file, "COMMUNE", 2154, ADMIN_EXPRESS)) {
            gpkg.insert(encode(squareL93(850000, 6850000), 100, false, true), "55029", "A", null, "55", "44");
            gpkg.insert(encode(wkt.read("MULTIPOLYGON EMPTY"), 100, false, true), "55030", "B", null, "55", "44");
            gpkg.insert(new byte[]{'X', 'Y', 0, 1, 0, 0, 0, 0, 1}, "55031", "C", null, "55", "44");
            gpkg.insert(encode(wkt.read("POINT (850000 6850000)"), 100, false, true), "55032", "D", null, "55", "44");
            gpkg.insert(encode(squareL93(852000, 6850000), 100, false, true), "55029", "E", null, "55", "44");
        }

        List<fr.oasis.importer.problem.ImportProblem> problems = problems(() -> reader.read(file));

        assertThat(problems).hasSize(4);
        assertHasProblem(problems, "rows.gpkg", "row 2", "geometry", "empty geometry");
        assertHasProblem(problems, "rows.gpkg", "row 3", "geom", "'GP' magic");
        assertHasProblem(problems, "rows.gpkg", "row 4", "geom", "Point is not Polygon");
        assertHasProblem(problems, "rows.gpkg", "row 5", "INSEE_COM", "already used by row 1");
    }
}
