package fr.oasis.map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.oasis.importer.TerritoryImportService;
import fr.oasis.importer.TinyTerritory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The territory and layer API as a logged-in viewer sees it. */
@SpringBootTest
@AutoConfigureMockMvc
abstract class TerritoryApiContract {
    @Autowired
    MockMvc mvc;
    @Autowired
    TerritoryImportService imports;

    @BeforeEach
    void importTiny() {
        imports.importTerritories(TinyTerritory.inputs(), "test", "tiny territory");
    }

    private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request) {
        return request.with(user("viewer").roles("VIEWER"));
    }

    @Test
    void summaryCountsEveryLevel() throws Exception {
        mvc.perform(as(get("/api/territories/summary"))).andExpect(status().isOk())
                .andExpect(content().json("{\"commune\":4,\"epci\":2,\"departement\":2,\"region\":1}", true));
    }

    @Test
    void oneTerritoryWithParentsChildrenAndProvenance() throws Exception {
        mvc.perform(as(get("/api/territories/epci/999000001"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("CC de l'Ouest"))
                .andExpect(jsonPath("$.population").value(590))
                .andExpect(jsonPath("$.children", hasSize(2)))
                .andExpect(jsonPath("$.parents[0].code").value("9A"))
                .andExpect(jsonPath("$.parents[1].code").value("99"))
                .andExpect(jsonPath("$.provenance.millesime").value(2026))
                .andExpect(jsonPath("$.provenance.source").value(containsString("COG test")));
    }

    @Test
    void searchIsAccentInsensitive() throws Exception {
        mvc.perform(as(get("/api/territories").param("level", "commune").param("q", "epinal")))
                .andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].name").value("Épinal-sur-Test"));
    }

    @Test
    void unknownLevelIs400AndUnknownCodeIs404() throws Exception {
        mvc.perform(as(get("/api/territories/canton/123"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("bad_request"))
                .andExpect(jsonPath("$.message").value(containsString("canton")));
        mvc.perform(as(get("/api/territories/commune/00000"))).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("not_found"));
    }

    @Test
    void layerIsGeoJsonCutToTheBoundingBox() throws Exception {
        mvc.perform(as(get("/api/layers/commune").param("zoom", "8")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/geo+json"))
                .andExpect(jsonPath("$.type").value("FeatureCollection"))
                .andExpect(jsonPath("$.features", hasSize(4)))
                .andExpect(jsonPath("$.millesime").value(2026));
        // Only the western column (lon < 5.09) is in this box.
        mvc.perform(as(get("/api/layers/commune").param("zoom", "12").param("bbox", "4.9,47.9,5.09,48.3")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.features", hasSize(2)))
                .andExpect(jsonPath("$.features[*].properties.code", not(containsString("9B001"))));
    }

    @Test
    void theMapsTopologyFormatCarriesTheSameFeaturesAndAnUnknownFormatIs400() throws Exception {
        // The tiny territory's four communes tile a square: their inner borders are shared, so there
        // are fewer arcs than rings' sides, and the same codes and provenance as the GeoJSON.
        mvc.perform(as(get("/api/layers/commune").param("zoom", "8").param("format", "topology")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.type").value("OasisTopology"))
                .andExpect(jsonPath("$.features", hasSize(4)))
                .andExpect(jsonPath("$.features[*].code", org.hamcrest.Matchers.hasItem("9B001")))
                .andExpect(jsonPath("$.arcs").isArray())
                .andExpect(jsonPath("$.scale").isNumber())
                .andExpect(jsonPath("$.millesime").value(2026));
        mvc.perform(as(get("/api/layers/commune").param("zoom", "12").param("bbox", "4.9,47.9,5.09,48.3")
                        .param("format", "topology")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.features", hasSize(2)));
        mvc.perform(as(get("/api/layers/commune").param("format", "svg")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(containsString("topology")));
    }

    @Test
    void wholeLayerIsServedPreCompressedToClientsThatAcceptGzip() throws Exception {
        byte[] plain = mvc.perform(as(get("/api/layers/commune").param("zoom", "8")))
                .andReturn().getResponse().getContentAsByteArray();
        byte[] gzipped = mvc.perform(as(get("/api/layers/commune").param("zoom", "8")
                        .header("Accept-Encoding", "gzip, deflate")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Content-Encoding", "gzip"))
                .andReturn().getResponse().getContentAsByteArray();
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gzipped))) {
            org.assertj.core.api.Assertions.assertThat(in.readAllBytes()).isEqualTo(plain);
        }
        org.assertj.core.api.Assertions.assertThat(gzipped.length).isLessThan(plain.length);
    }

    @Test
    void nationalZoomsServeTheNationalShapesOfEveryTerritory() throws Exception {
        mvc.perform(as(get("/api/layers/commune").param("zoom", "5")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.zoomClass").value("NATION"))
                .andExpect(jsonPath("$.features", hasSize(4)))
                .andExpect(content().string(not(org.hamcrest.Matchers.matchesPattern(".*\\d\\.\\d{3}.*"))));
        mvc.perform(as(get("/api/layers/commune").param("zoom", "7")))
                .andExpect(jsonPath("$.zoomClass").value("REGION"));
    }

    @Test
    void hostileNamesAreEscapedInGeoJson() throws Exception {
        mvc.perform(as(get("/api/layers/commune").param("zoom", "12")))
                .andExpect(content().string(containsString("Hameau \\u003cb\\u003eSud\\u003c/b\\u003e")))
                .andExpect(content().string(not(containsString("<b>"))));
    }

    @Test
    void malformedBboxIs400() throws Exception {
        mvc.perform(as(get("/api/layers/commune").param("bbox", "1,2,three,4"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(containsString("not a number")));
        mvc.perform(as(get("/api/layers/commune").param("zoom", "99"))).andExpect(status().isBadRequest());
    }
}
