package fr.oasis.gis;

import static org.assertj.core.api.Assertions.assertThat;

import fr.oasis.demo.DemoLoader;
import fr.oasis.security.Role;
import fr.oasis.security.UserAccounts;
import fr.oasis.support.DemoInDatabase;
import fr.oasis.support.UsesH2;
import fr.oasis.territory.TerritoryQueries;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The OGC API read by a real client: GDAL's OAPIF driver (the one QGIS's OGR provider uses) lists
 * the collections, reads every commune of the demonstration with its indicator attributes over
 * HTTP Basic, and converts a collection to a GeoPackage that {@code ogrinfo} opens again.
 */
@UsesH2
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OgcGdalTest {
    private static final String USER = "gis.viewer";
    private static final String PASSWORD = "gis-viewer-password";
    private final GdalClient gdal = new GdalClient(USER, PASSWORD);

    @LocalServerPort
    int port;
    @Autowired
    DemoLoader demo;
    @Autowired
    TerritoryQueries territories;
    @Autowired
    UserAccounts accounts;

    @BeforeEach
    void demonstrationAndViewer() {
        DemoInDatabase.ensureTerritory(demo, territories);
        if (!accounts.exists(USER)) {
            accounts.create(USER, PASSWORD, Role.VIEWER);
        }
    }

    private String ogc() {
        return "OAPIF:http://localhost:" + port + "/ogc";
    }

    @Test
    void ogrinfoListsTheCollections() throws Exception {
        String out = gdal.run("ogrinfo", "-ro", "-q", ogc());
        assertThat(out).contains("communes", "epci", "departements", "regions", "practitioners");
    }

    @Test
    void ogrinfoReadsEveryCommuneWithItsIndicators() throws Exception {
        long communes = territories.summary().get("commune");
        // -al -so: the layer's summary after reading it through (GDAL pages with the next links).
        String out = gdal.run("ogrinfo", "-ro", "-al", "-so", "-oo", "PAGE_SIZE=500", ogc(), "communes");
        assertThat(featureCount(out)).isEqualTo(communes);
        assertThat(out).contains("code: String", "name: String", "population: Integer", "density: Real",
                "apl_mg_all: Real", "nearest_mg_all: Real", "beyond20_mg_all: Real");
        String one = gdal.run("ogrinfo", "-ro", "-q", "-where", "code = '9A001'", ogc(), "communes");
        assertThat(one).contains("name (String) = Saint-Éloi-sur-Mance").containsPattern("apl_mg_all \\(Real\\) = \\d");
    }

    @Test
    void ogr2ogrConvertsACollectionToAGeoPackageThatOpensAgain(@TempDir Path dir) throws Exception {
        Path gpkg = dir.resolve("epci.gpkg");
        gdal.run("ogr2ogr", "-f", "GPKG", gpkg.toString(), ogc(), "epci");
        assertThat(Files.size(gpkg)).isGreaterThan(0);
        String out = gdal.run("ogrinfo", "-ro", "-al", "-so", gpkg.toString());
        assertThat(featureCount(out)).isEqualTo(territories.summary().get("epci"));
        assertThat(out).contains("Geometry: Multi Polygon", "apl_mg_all: Real");
    }

    @Test
    void aGroupingLevelIsACollectionWithItsIndicatorsWhileItHasGroups(
            @org.springframework.beans.factory.annotation.Autowired fr.oasis.territory.GroupingStore store,
            @org.springframework.beans.factory.annotation.Autowired fr.oasis.territory.Communes communes,
            @org.springframework.beans.factory.annotation.Autowired org.springframework.jdbc.core.JdbcTemplate jdbc)
            throws Exception {
        jdbc.update("DELETE FROM territory_grouping");
        fr.oasis.support.DataChange.bump(jdbc, fr.oasis.provenance.DataKind.TERRITORIES);
        try {
            // One TVS per demonstration EPCI.
            fr.oasis.territory.CommuneTable table = communes.table();
            int i = 0;
            for (String epci : new java.util.TreeSet<>(table.names(fr.oasis.territory.TerritoryLevel.EPCI).keySet())) {
                store.save(new fr.oasis.territory.GroupingRecord(fr.oasis.territory.TerritoryLevel.TVS, "T" + (++i),
                        "TVS " + i, 2019, "Test", false,
                        new java.util.ArrayList<>(table.communesOf(fr.oasis.territory.TerritoryLevel.EPCI, epci)), null),
                        null);
            }
            String list = gdal.run("ogrinfo", "-ro", "-q", ogc());
            assertThat(list).contains("tvs").doesNotContain("cpts");
            String out = gdal.run("ogrinfo", "-ro", "-al", "-so", ogc(), "tvs");
            assertThat(featureCount(out)).isEqualTo(i);
            assertThat(out).contains("Geometry: Multi Polygon", "code: String", "population: Integer", "density: Real",
                    "apl_mg_all: Real");
            String one = gdal.run("ogrinfo", "-ro", "-q", "-where", "code = 'T1'", ogc(), "tvs");
            assertThat(one).contains("name (String) = TVS 1").containsPattern("apl_mg_all \\(Real\\) = \\d");
        } finally {
            // Through the store, so the derived TVS territories and shapes go with the last group.
            for (String code : jdbc.queryForList("SELECT code FROM territory_grouping WHERE grouping_type = 'tvs'",
                    String.class)) {
                store.remove(fr.oasis.territory.TerritoryLevel.TVS, code);
            }
        }
    }

    private static long featureCount(String ogrinfo) {
        Matcher m = Pattern.compile("Feature Count: (\\d+)").matcher(ogrinfo);
        assertThat(m.find()).as("a feature count in:\n" + ogrinfo).isTrue();
        return Long.parseLong(m.group(1));
    }
}
