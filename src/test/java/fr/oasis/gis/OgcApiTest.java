package fr.oasis.gis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import fr.oasis.demo.DemoLoader;
import fr.oasis.indicator.IndicatorCatalogue;
import fr.oasis.indicator.IndicatorView;
import fr.oasis.support.DemoInDatabase;
import fr.oasis.support.UsesH2;
import fr.oasis.territory.TerritoryLevel;
import fr.oasis.territory.TerritoryQueries;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
 * The OGC API - Features endpoints on the demonstration: structure, paging to the end without
 * duplicates, bbox, values equal to the catalogue's, practitioners without identities, and every
 * bad input a 4xx JSON error naming the parameter.
 */
@UsesH2
@SpringBootTest
@AutoConfigureMockMvc
class OgcApiTest {
    private final ObjectMapper json = new ObjectMapper();
    @Autowired
    MockMvc mvc;
    @Autowired
    DemoLoader demo;
    @Autowired
    TerritoryQueries territories;
    @Autowired
    IndicatorCatalogue catalogue;

    @BeforeEach
    void demonstration() {
        DemoInDatabase.ensureTerritory(demo, territories);
    }

    private MockHttpServletResponse call(String url) throws Exception {
        return mvc.perform(get(url).with(user("viewer").roles("VIEWER"))).andReturn().getResponse();
    }

    private JsonNode ok(String url) throws Exception {
        MockHttpServletResponse response = call(url);
        assertThat(response.getStatus()).as(url + ": " + response.getContentAsString()).isEqualTo(200);
        return json.readTree(response.getContentAsByteArray());
    }

    @Test
    void landingConformanceAndCollections() throws Exception {
        JsonNode landing = ok("/ogc");
        List<String> rels = new ArrayList<>();
        landing.get("links").forEach(l -> rels.add(l.get("rel").asString()));
        assertThat(rels).contains("self", "conformance", "data", "service-desc", "service-doc");
        assertThat(ok("/ogc/conformance").get("conformsTo").toString())
                .contains("ogcapi-features-1/1.0/conf/core", "ogcapi-features-1/1.0/conf/geojson");
        List<String> ids = new ArrayList<>();
        ok("/ogc/collections?f=json").get("collections").forEach(c -> ids.add(c.get("id").asString()));
        // The administrative levels, then each grouping level that has groups (the demonstration has
        // a fictional CLS; other test classes may add more), then the practitioners.
        JsonNode summary = ok("/api/territories/summary");
        List<String> expected = new ArrayList<>(List.of("communes", "epci", "departements", "regions"));
        TerritoryLevel.groupings().stream().map(TerritoryLevel::key).filter(summary::has).forEach(expected::add);
        expected.add("practitioners");
        assertThat(ids).containsExactlyElementsOf(expected);
        JsonNode communes = ok("/ogc/collections/communes");
        assertThat(communes.at("/extent/spatial/bbox/0").size()).isEqualTo(4);
        JsonNode schema = ok("/ogc/collections/communes/schema");
        assertThat(schema.at("/properties/apl_mg_all/type").asString()).isEqualTo("number");
        assertThat(schema.at("/properties/apl_mg_all/description").asString()).contains("Source", "millésime");
    }

    @Test
    void pagingWithNextLinksReturnsEveryCommuneOnce() throws Exception {
        long communes = territories.summary().get("commune");
        Set<String> seen = new HashSet<>();
        String url = "/ogc/collections/communes/items?limit=50";
        int pages = 0;
        while (url != null) {
            JsonNode page = ok(url);
            pages++;
            assertThat(page.get("numberMatched").asLong()).isEqualTo(communes);
            assertThat(page.get("numberReturned").asInt()).isEqualTo(page.get("features").size()).isLessThanOrEqualTo(50);
            page.get("features").forEach(f -> assertThat(seen.add(f.get("id").asString())).as("duplicate").isTrue());
            url = null;
            for (JsonNode link : page.get("links")) {
                if (link.get("rel").asString().equals("next")) {
                    url = link.get("href").asString().replaceFirst("^http://localhost(:\\d+)?", "");
                }
            }
        }
        assertThat(seen).hasSize((int) communes);
        assertThat(pages).isEqualTo((int) Math.ceil(communes / 50.0));
    }

    @Test
    void attributesAreTheCataloguesValues() throws Exception {
        JsonNode feature = ok("/ogc/collections/communes/items/9A001");
        assertThat(feature.at("/properties/name").asString()).isEqualTo("Saint-Éloi-sur-Mance");
        assertThat(feature.at("/geometry/type").asString()).isEqualTo("MultiPolygon");
        IndicatorView.Value apl = catalogue.values("apl", TerritoryLevel.COMMUNE, "MG", "all").values().stream()
                .filter(v -> v.code().equals("9A001")).findFirst().orElseThrow();
        assertThat(feature.at("/properties/apl_mg_all").asDouble()).isCloseTo(apl.value(),
                org.assertj.core.data.Offset.offset(1e-6));
        JsonNode departement = ok("/ogc/collections/departements/items?limit=1");
        assertThat(departement.at("/features/0/properties/nearest_mg_all").isNumber()).isTrue();
    }

    @Test
    void bboxKeepsOnlyFeaturesMeetingIt() throws Exception {
        JsonNode all = ok("/ogc/collections/communes/items?limit=10000");
        JsonNode some = ok("/ogc/collections/communes/items?bbox=5.0,48.3,5.3,48.5&limit=10000");
        assertThat(some.get("numberMatched").asInt()).isPositive().isLessThan(all.get("numberMatched").asInt());
        for (JsonNode f : some.get("features")) {
            assertThat(f.get("geometry").toString()).as("a vertex west of 5.3")
                    .containsPattern("\\[5\\.[0-2]|\\[5\\.3[,\\]]|\\[4\\.");
        }
    }

    @Test
    void practitionersCarryNoIdentity() throws Exception {
        JsonNode page = ok("/ogc/collections/practitioners/items?limit=5");
        assertThat(page.get("numberMatched").asInt()).isPositive();
        List<String> names = new ArrayList<>();
        page.at("/features/0/properties").propertyNames().forEach(names::add);
        assertThat(names).containsExactly("profession", "profession_label", "commune_code", "commune_name",
                "age_class", "at_commune_point");
        assertThat(page.at("/features/0/geometry/type").asString()).isEqualTo("Point");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/ogc/collections/communes/items?bbox=1,2,3|400|bbox",
            "/ogc/collections/communes/items?bbox=a,b,c,d|400|bbox",
            "/ogc/collections/communes/items?bbox=6,49,5,48|400|bbox",
            "/ogc/collections/communes/items?limit=1000000000|400|limit",
            "/ogc/collections/communes/items?limit=0|400|limit",
            "/ogc/collections/communes/items?limit=ten|400|limit",
            "/ogc/collections/communes/items?offset=-1|400|offset",
            "/ogc/collections/communes/items?offset=100000|400|offset",
            "/ogc/collections/communes/items?colour=red|400|colour",
            "/ogc/collections/communes/items?f=html|400|f",
            "/ogc/collections/communes/items?bbox-crs=EPSG:2154|400|bbox-crs",
            "/ogc/collections/hospitals/items|404|collectionId",
            "/ogc/collections/hospitals|404|collectionId",
            "/ogc/collections/communes/items/00000|404|featureId"})
    void badInputIsAClientErrorNamingTheParameter(String url, int status, String parameter) throws Exception {
        MockHttpServletResponse response = call(url);
        assertThat(response.getStatus()).as(url).isEqualTo(status);
        JsonNode error = json.readTree(response.getContentAsByteArray());
        assertThat(error.get("code").asString()).isIn("bad_request", "not_found");
        assertThat(error.get("message").asString()).as(url).startsWith(parameter);
    }

    @Test
    void anonymousClientsAreChallengedForBasicCredentials() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/ogc/collections")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getHeader("WWW-Authenticate")).startsWith("Basic realm=\"Oasis\"");
    }
}
