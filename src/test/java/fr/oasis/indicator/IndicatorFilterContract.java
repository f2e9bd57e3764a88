package fr.oasis.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.oasis.importer.PractitionerImportService;
import fr.oasis.importer.TerritoryImportService;
import fr.oasis.importer.TinyTerritory;
import fr.oasis.importer.record.PractitionerRecord;
import fr.oasis.practitioner.PractitionerVintageView;
import fr.oasis.territory.TerritoryLevel;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Catalogue values and the multi-criteria filter on the tiny territory. Census by age: 9A001
 * (500 inhabitants, 50 aged 75+, 120 aged 60+) and 9A002 with its former 9A003 (90, 15, 30).
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class IndicatorFilterContract {
    @Autowired
    TerritoryImportService territories;
    @Autowired
    PractitionerImportService practitioners;
    @Autowired
    IndicatorCatalogue catalogue;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void importTiny() {
        // The PostGIS test database outlives a run: imported indicators another test left there
        // (ImportedIndicatorContract) would join the catalogue this test expects.
        fr.oasis.support.DataChange.deleteImportedIndicators(jdbc);
        territories.importTerritories(TinyTerritory.inputs(), "test", "tiny");
        practitioners.importPractitioners(List.of(
                        new PractitionerRecord("CD1", "CD", null, "9A001", null, null, null, null, false, "p.csv#line 2"),
                        new PractitionerRecord("GP1", "MG", null, "9B001", null, null, 4500.0, 50, false, "p.csv#line 3")),
                new PractitionerVintageView.New("test practitioners", "test", 2025, false, false), "test");
    }

    private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request) {
        return request.with(user("viewer").roles("VIEWER"));
    }

    private Double value(String id, TerritoryLevel level, String code) {
        return catalogue.values(id, level, "MG", "all").values().stream().filter(v -> v.code().equals(code))
                .findFirst().orElseThrow().value();
    }

    @Test
    void sharesAreRatiosOfSumsAndMissingStaysMissing() {
        assertThat(value("share75", TerritoryLevel.COMMUNE, "9A001")).isCloseTo(10.0, within(1e-9));
        assertThat(value("share60", TerritoryLevel.COMMUNE, "9A001")).isCloseTo(24.0, within(1e-9));
        // EPCI West: (50 + 15) / (500 + 90), not the mean of 10 % and 16.7 %.
        assertThat(value("share75", TerritoryLevel.EPCI, "999000001")).isCloseTo(6500.0 / 590, within(1e-9));
        assertThat(value("share75", TerritoryLevel.EPCI, "999000002")).as("no census in the East").isNull();
        // 1,200 inhabitants on a 0.1° × 0.1° cell of about 82.7 km².
        assertThat(value("density", TerritoryLevel.COMMUNE, "9B001")).isCloseTo(1200 / 82.7, within(0.2));
    }

    @Test
    void catalogueListsWhatTheDataAllow() throws Exception {
        mvc.perform(as(get("/api/indicators"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItems("density", "share75", "share60", "apl", "nearest", "beyond20")))
                .andExpect(jsonPath("$[0].source").value(containsString("COG test")));
        mvc.perform(as(get("/api/indicators/apl").param("level", "epci").param("profession", "MG")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.values.length()").value(2))
                .andExpect(jsonPath("$.millesime").value(2025));
        mvc.perform(as(get("/api/indicators/income"))).andExpect(status().isBadRequest());
    }

    @Test
    void conditionsCombineWithAndOr() throws Exception {
        mvc.perform(as(get("/api/filter").param("c", "share75>12")))
                .andExpect(jsonPath("$.count").value(1)).andExpect(jsonPath("$.matches[0].code").value("9A002"));
        mvc.perform(as(get("/api/filter").param("c", "density>5").param("c", "share75>12")))
                .andExpect(jsonPath("$.count").value(0));
        mvc.perform(as(get("/api/filter").param("combine", "or").param("c", "density>5").param("c", "share75>12")))
                .andExpect(jsonPath("$.count").value(3)).andExpect(jsonPath("$.population").value(1790))
                .andExpect(jsonPath("$.conditions[1].label").value("Part des 75 ans et plus > 12 %"));
        mvc.perform(as(get("/api/filter").param("c", "near.CD.or.1")))
                .andExpect(jsonPath("$.count").value(1)).andExpect(jsonPath("$.matches[0].code").value("9A001"))
                .andExpect(jsonPath("$.conditions[0].label").value("à moins de 1 km d'un chirurgien-dentiste"));
        mvc.perform(as(get("/api/filter").param("c", "apl.MG.all>0").param("c", "nearest.MG<=10")))
                .andExpect(jsonPath("$.count").value(org.hamcrest.Matchers.greaterThan(0)));
    }

    @Test
    void malformedConditionsAreRejectedClearly() throws Exception {
        mvc.perform(as(get("/api/filter").param("c", "share75>>12"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(containsString("malformed filter condition")));
        mvc.perform(as(get("/api/filter").param("level", "epci").param("c", "near.CD.or.1")))
                .andExpect(status().isBadRequest());
        mvc.perform(as(get("/api/filter").param("c", "apl.XYZ<2"))).andExpect(status().isBadRequest());
    }

    @Test
    void csvExportOpensInFrenchSpreadsheets() throws Exception {
        byte[] csv = mvc.perform(as(get("/api/filter").param("combine", "or").param("c", "density<1")
                        .param("c", "share75>12").param("format", "csv")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF\"code\";\"nom\";\"population\"");
        assertThat(text).contains("\"Hameau <b>Sud</b>\";0;0"); // density 0 hab./km², decimal comma
        assertThat(text).contains("\"9A002\";\"Val-d'Œuvre\";90;");
        assertThat(text).contains("Source : ");
    }
}
