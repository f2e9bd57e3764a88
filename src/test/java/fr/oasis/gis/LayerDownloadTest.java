package fr.oasis.gis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import fr.oasis.demo.DemoLoader;
import fr.oasis.support.DemoInDatabase;
import fr.oasis.support.UsesH2;
import fr.oasis.territory.TerritoryQueries;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Layer and filter downloads: GeoPackage files that GDAL's {@code ogrinfo} opens (attributes, CRS,
 * feature count), the GPKG tables and French titles, Lambert-93 on request, GeoJSON, bad input.
 */
@UsesH2
@SpringBootTest
@AutoConfigureMockMvc
class LayerDownloadTest {
    private final GdalClient gdal = new GdalClient("unused", "unused");
    @Autowired
    MockMvc mvc;
    @Autowired
    DemoLoader demo;
    @Autowired
    TerritoryQueries territories;
    @Autowired
    IndicatorLayers layers;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @BeforeEach
    void demonstration() {
        DemoInDatabase.ensureTerritory(demo, territories);
    }

    @Test
    void aKeptLayerIsRebuiltWhenAnyKindOfDataChangesAndOnlyThen() {
        IndicatorLayer first = layers.layer(fr.oasis.territory.TerritoryLevel.EPCI);
        assertThat(layers.layer(fr.oasis.territory.TerritoryLevel.EPCI)).as("kept while nothing changes")
                .isSameAs(first);
        // Another instance (or the import command) changed the indicators: no event reaches this
        // one, only the data version in the database.
        fr.oasis.support.DataChange.bump(jdbc, fr.oasis.provenance.DataKind.INDICATORS);
        IndicatorLayer rebuilt = layers.layer(fr.oasis.territory.TerritoryLevel.EPCI);
        assertThat(rebuilt).as("rebuilt after the version moved").isNotSameAs(first);
        assertThat(rebuilt.features()).hasSameSizeAs(first.features());
    }

    /** {@code url} may hold one {@code {c}}, filled (and encoded) with a filter condition. */
    private MockHttpServletResponse call(String url) throws Exception {
        return mvc.perform(get(url, "density>50").with(user("viewer").roles("VIEWER"))).andReturn().getResponse();
    }

    private Path download(String url, Path dir, String name) throws Exception {
        MockHttpServletResponse response = call(url);
        assertThat(response.getStatus()).as(url + " " + response.getContentAsString()).isEqualTo(200);
        Path file = dir.resolve(name);
        Files.write(file, response.getContentAsByteArray());
        return file;
    }

    @Test
    void oneIndicatorAsAGeoPackageThatGdalOpens(@TempDir Path dir) throws Exception {
        Path gpkg = download("/api/layers/commune.gpkg?indicator=apl&profession=MG&variant=all", dir, "a.gpkg");
        String info = gdal.run("ogrinfo", "-ro", "-al", "-so", gpkg.toString());
        assertThat(count(info)).isEqualTo(territories.summary().get("commune"));
        assertThat(info).contains("Geometry: Multi Polygon", "ID[\"EPSG\",4326]", "code: String", "apl_mg_all: Real")
                .doesNotContain("apl_mg_under65", "density:");
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + gpkg)) {
            ResultSet app = db.createStatement().executeQuery("PRAGMA application_id");
            assertThat(app.getInt(1)).isEqualTo(0x47504B47);
            ResultSet title = db.createStatement().executeQuery(
                    "SELECT title, description FROM gpkg_data_columns WHERE column_name = 'apl_mg_all'");
            assertThat(title.getString(1)).startsWith("APL médecins généralistes");
            assertThat(title.getString(2)).contains("Source", "millésime", "données de démonstration");
        }
    }

    @Test
    void everyIndicatorInLambert93(@TempDir Path dir) throws Exception {
        Path gpkg = download("/api/layers/epci.gpkg?crs=EPSG:2154", dir, "b.gpkg");
        String info = gdal.run("ogrinfo", "-ro", "-al", "-so", gpkg.toString());
        assertThat(info).contains("Lambert-93", "density: Real", "apl_mg_all: Real", "nearest_mg_under65: Real");
        Matcher extent = Pattern.compile("Extent: \\((\\d+)\\.\\d+, (\\d+)\\.\\d+\\)").matcher(info);
        assertThat(extent.find()).as(info).isTrue();
        assertThat(Long.parseLong(extent.group(2))).as("northing in metres").isGreaterThan(6_000_000);
        // Areas measured in Lambert-93 agree with the stored area.
        String sql = gdal.run("ogrinfo", "-ro", "-q", "-dialect", "SQLite", "-sql",
                "SELECT code, ST_Area(geom) / 1e6 / area_km2 AS ratio FROM oasis_epci", gpkg.toString());
        Matcher ratio = Pattern.compile("ratio \\(Real\\) = ([0-9.]+)").matcher(sql);
        int ratios = 0;
        while (ratio.find()) {
            assertThat(Double.parseDouble(ratio.group(1))).isBetween(0.999, 1.001);
            ratios++;
        }
        assertThat(ratios).isEqualTo(territories.summary().get("epci").intValue());
    }

    @Test
    void geoJsonAndFilterResults(@TempDir Path dir) throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode layer = json.readTree(call("/api/layers/departement.geojson?indicator=nearest&profession=MG")
                .getContentAsByteArray());
        assertThat(layer.get("features").size()).isEqualTo(territories.summary().get("departement").intValue());
        List<String> names = new ArrayList<>();
        layer.at("/features/0/properties").propertyNames().forEach(names::add);
        assertThat(names).containsExactly("code", "name", "population", "area_km2", "nearest_mg_all",
                "nearest_mg_under62", "nearest_mg_under65");
        assertThat(layer.at("/attributes/nearest_mg_all").asString()).contains("min", "Source");
        JsonNode filter = json.readTree(call("/api/filter?level=commune&c={c}").getContentAsByteArray());
        JsonNode filtered = json.readTree(call("/api/filter.geojson?level=commune&c={c}")
                .getContentAsByteArray());
        assertThat(filtered.get("features").size()).isEqualTo(filter.get("count").asInt()).isPositive();
        assertThat(filtered.get("description").asString()).contains("Densité de population");
        Path gpkg = download("/api/filter.gpkg?level=commune&c={c}", dir, "f.gpkg");
        assertThat(count(gdal.run("ogrinfo", "-ro", "-al", "-so", gpkg.toString())))
                .isEqualTo(filter.get("count").asLong());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/api/layers/commune.gpkg?crs=EPSG:9999|crs",
            "/api/layers/commune.geojson?crs=lambert|crs",
            "/api/layers/commune.gpkg?indicator=nope|indicator",
            "/api/layers/commune.gpkg?profession=XX|unknown profession",
            "/api/layers/canton.gpkg|unknown territory level",
            "/api/filter.gpkg?c=density|malformed filter condition"})
    void badInputIsA400(String url, String start) throws Exception {
        MockHttpServletResponse response = call(url);
        assertThat(response.getStatus()).as(url).isEqualTo(400);
        assertThat(new ObjectMapper().readTree(response.getContentAsByteArray()).get("message").asString())
                .startsWith(start);
    }

    private static long count(String ogrinfo) {
        Matcher m = Pattern.compile("Feature Count: (\\d+)").matcher(ogrinfo);
        assertThat(m.find()).as(ogrinfo).isTrue();
        return Long.parseLong(m.group(1));
    }
}
