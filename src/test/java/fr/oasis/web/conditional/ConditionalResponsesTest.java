package fr.oasis.web.conditional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.oasis.importer.PractitionerImportService;
import fr.oasis.importer.TerritoryImportService;
import fr.oasis.importer.TinyTerritory;
import fr.oasis.importer.record.PractitionerRecord;
import fr.oasis.practitioner.PractitionerVintageView;
import fr.oasis.provenance.DataKind;
import fr.oasis.support.DataChange;
import fr.oasis.support.UsesH2;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * ETags per data version, 304 answers, kept gzipped bodies, and no sharing between roles, on the
 * tiny territory (H2; the filter does not depend on the database).
 */
@SpringBootTest
@AutoConfigureMockMvc
@UsesH2
class ConditionalResponsesTest {
    static final String LAYER = "/api/layers/commune?zoom=9";
    static final String ITEMS = "/ogc/collections/communes/items?limit=5";
    static final RequestPostProcessor VIEWER = user("viewer").roles("VIEWER");
    static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ConditionalResponseFilter filter;
    @Autowired
    TerritoryImportService territories;
    @Autowired
    PractitionerImportService practitioners;

    @BeforeEach
    void tinyTerritory() {
        territories.importTerritories(TinyTerritory.inputs(), "test", "tiny");
        practitioners.importPractitioners(List.of(
                        new PractitionerRecord("GP1", "MG", null, "9B001", null, null, 4500.0, 63, false, "gp.csv#line 2")),
                new PractitionerVintageView.New("test practitioners", "test", 2025, false, false), "test");
    }

    private MvcResult fetch(String url, RequestPostProcessor who, String ifNoneMatch, boolean gzip) throws Exception {
        var request = get(url).with(who);
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        if (gzip) {
            request.header("Accept-Encoding", "gzip, deflate");
        }
        return mvc.perform(request).andReturn();
    }

    @Test
    void sameVersionAnswers304WithoutBodyAndPrivateCaching() throws Exception {
        MvcResult first = fetch(LAYER, VIEWER, null, true);
        assertThat(first.getResponse().getStatus()).isEqualTo(200);
        String tag = first.getResponse().getHeader("ETag");
        assertThat(tag).matches("\"[0-9a-f]{32}-gz\"");
        assertThat(first.getResponse().getHeader("Cache-Control")).isEqualTo("private, no-cache");
        assertThat(first.getResponse().getHeader("Vary")).contains("Accept-Encoding");

        MvcResult again = fetch(LAYER, VIEWER, tag, true);
        assertThat(again.getResponse().getStatus()).isEqualTo(304);
        assertThat(again.getResponse().getContentAsByteArray()).isEmpty();
        assertThat(again.getResponse().getHeader("ETag")).isEqualTo(tag);
        // Another tag, or none: the whole answer again, the same bytes.
        MvcResult other = fetch(LAYER, VIEWER, "\"0123\", W/\"4567\"", true);
        assertThat(other.getResponse().getStatus()).isEqualTo(200);
        assertThat(other.getResponse().getContentAsByteArray()).isEqualTo(first.getResponse().getContentAsByteArray());
    }

    @Test
    void anImportGivesANewTagAndTheOldOneNoLongerMatches() throws Exception {
        String before = fetch(ITEMS, VIEWER, null, false).getResponse().getHeader("ETag");
        assertThat(fetch(ITEMS, VIEWER, before, false).getResponse().getStatus()).isEqualTo(304);

        DataChange.bump(jdbc, DataKind.INDICATORS);

        MvcResult after = fetch(ITEMS, VIEWER, before, false);
        assertThat(after.getResponse().getStatus()).isEqualTo(200);
        assertThat(after.getResponse().getHeader("ETag")).isNotEqualTo(before);
        // A real import (practitioners, then the APL recompute) moves it too.
        String current = after.getResponse().getHeader("ETag");
        practitioners.importPractitioners(List.of(
                        new PractitionerRecord("GP9", "MG", null, "9A001", null, null, 4500.0, 50, false, "gp.csv#line 2")),
                new PractitionerVintageView.New("test practitioners 2", "test", 2026, false, false), "test");
        assertThat(fetch(ITEMS, VIEWER, current, false).getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void rolesNeverShareATagOrAKeptBody() throws Exception {
        MvcResult viewer = fetch(ITEMS, VIEWER, null, true);
        MvcResult admin = fetch(ITEMS, ADMIN, null, true);
        String viewerTag = viewer.getResponse().getHeader("ETag");
        String adminTag = admin.getResponse().getHeader("ETag");
        assertThat(viewerTag).isNotNull().isNotEqualTo(adminTag);
        // The viewer's tag does not validate the admin's answer, nor the reverse.
        assertThat(fetch(ITEMS, ADMIN, viewerTag, true).getResponse().getStatus()).isEqualTo(200);
        assertThat(fetch(ITEMS, VIEWER, adminTag, true).getResponse().getStatus()).isEqualTo(200);
        assertThat(fetch(ITEMS, VIEWER, viewerTag, true).getResponse().getStatus()).isEqualTo(304);
        // The unauthenticated get the login answer, never a kept body or a tag.
        MvcResult anonymous = mvc.perform(get(ITEMS).header("If-None-Match", viewerTag)).andReturn();
        assertThat(anonymous.getResponse().getStatus()).isIn(302, 401);
        assertThat(anonymous.getResponse().getHeader("ETag")).isNull();
    }

    @Test
    void heavyAnswersAreKeptGzippedAndServedAgainFromMemory() throws Exception {
        DataChange.bump(jdbc, DataKind.TERRITORIES); // a version of its own: nothing kept yet
        int before = filter.keptAnswers();
        MvcResult gz = fetch(ITEMS, VIEWER, null, true);
        assertThat(gz.getResponse().getHeader("Content-Encoding")).isEqualTo("gzip");
        String json = gunzip(gz.getResponse().getContentAsByteArray());
        assertThat(json).startsWith("{\"type\":\"FeatureCollection\"").contains("\"numberReturned\":4");
        assertThat(filter.keptAnswers()).isEqualTo(before + 1);

        MvcResult again = fetch(ITEMS, VIEWER, null, true);
        assertThat(again.getResponse().getContentAsByteArray()).isEqualTo(gz.getResponse().getContentAsByteArray());
        assertThat(filter.keptAnswers()).isEqualTo(before + 1);

        MvcResult plain = fetch(ITEMS, VIEWER, null, false);
        assertThat(plain.getResponse().getHeader("Content-Encoding")).isNull();
        assertThat(plain.getResponse().getContentAsString(StandardCharsets.UTF_8)).isEqualTo(json);
        assertThat(plain.getResponse().getHeader("ETag")).isNotEqualTo(gz.getResponse().getHeader("ETag"));
        assertThat(filter.keptAnswers()).isEqualTo(before + 2);
    }

    @Test
    void parametersTellAnswersApartHoweverTheyAreGiven() throws Exception {
        MvcResult whole = mvc.perform(get("/api/layers/commune").param("zoom", "12").with(VIEWER)).andReturn();
        MvcResult west = mvc.perform(get("/api/layers/commune").param("zoom", "12").param("bbox", "4.9,47.9,5.09,48.3")
                .with(VIEWER)).andReturn();
        assertThat(west.getResponse().getHeader("ETag")).isNotEqualTo(whole.getResponse().getHeader("ETag"));
        assertThat(west.getResponse().getContentAsString()).doesNotContain("9B001");
        assertThat(whole.getResponse().getContentAsString()).contains("9B001");
        MvcResult reordered = fetch("/api/layers/commune?bbox=4.9,47.9,5.09,48.3&zoom=12", VIEWER, null, false);
        assertThat(reordered.getResponse().getHeader("ETag")).isEqualTo(west.getResponse().getHeader("ETag"));
    }

    @Test
    void errorsAreNeitherTaggedNorKept() throws Exception {
        int before = filter.keptAnswers();
        mvc.perform(get("/ogc/collections/nowhere/items").with(VIEWER))
                .andExpect(status().is4xxClientError()).andExpect(header().doesNotExist("ETag"));
        mvc.perform(get("/ogc/collections/communes/items?limit=1000000000").with(VIEWER))
                .andExpect(status().isBadRequest()).andExpect(header().doesNotExist("ETag"));
        assertThat(filter.keptAnswers()).isEqualTo(before);
    }

    @Test
    void gzipAcceptanceIsReadAsHttpSaysAndOnlyGetIsConcerned() {
        assertThat(ConditionalResponseFilter.acceptsGzip("gzip, deflate, br")).isTrue();
        assertThat(ConditionalResponseFilter.acceptsGzip("br;q=1.0, gzip;q=0.5")).isTrue();
        assertThat(ConditionalResponseFilter.acceptsGzip("gzip;q=0")).isFalse();
        assertThat(ConditionalResponseFilter.acceptsGzip("identity")).isFalse();
        assertThat(ConditionalResponseFilter.acceptsGzip(null)).isFalse();
        assertThat(ConditionalResponseFilter.matches("W/\"abc\"", "\"abc\"")).isTrue();
        assertThat(ConditionalResponseFilter.matches("\"abd\"", "\"abc\"")).isFalse();
        assertThat(ResponseFamilies.of("/api/layers/commune")).isNotNull();
        assertThat(ResponseFamilies.of("/reports/epci/200000016.pdf").keepBody()).isTrue();
        assertThat(ResponseFamilies.of("/reports/epci/200000016")).isNull(); // the page carries a CSRF token
        assertThat(ResponseFamilies.of("/api/admin/imports")).isNull();
    }

    private static String gunzip(byte[] bytes) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
