package fr.oasis.accessibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.oasis.importer.PractitionerImportService;
import fr.oasis.importer.TerritoryImportService;
import fr.oasis.importer.TinyTerritory;
import fr.oasis.importer.record.PractitionerRecord;
import fr.oasis.practitioner.PractitionerVintageView;
import fr.oasis.practitioner.Profession;
import fr.oasis.territory.TerritoryLevel;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Indicators computed from stored territories and practitioners, end to end on a database. The
 * tiny territory's census covers only some communes, so demand falls back to total population.
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class AccessibilityContract {
    @Autowired
    TerritoryImportService territories;
    @Autowired
    PractitionerImportService practitioners;
    @Autowired
    AccessibilityQueries queries;
    @Autowired
    MockMvc mvc;

    @BeforeEach
    void importTinyWithOneGp() {
        territories.importTerritories(TinyTerritory.inputs(), "test", "tiny");
        practitioners.importPractitioners(List.of(
                        new PractitionerRecord("GP1", "MG", null, "9B001", null, null, 4500.0, 63, false, "gp.csv#line 2"),
                        new PractitionerRecord("GP2", "MG", null, "9A003", null, null, 4500.0, 40, false, "gp.csv#line 3"),
                        new PractitionerRecord("CD1", "CD", null, "9A001", null, null, null, null, false, "gp.csv#line 4")),
                new PractitionerVintageView.New("test practitioners", "test", 2025, false, false), "test");
    }

    private Map<String, AccessibilityView.TerritoryValue> communes(String profession, AplVariant variant) {
        return queries.layer(TerritoryLevel.COMMUNE, Profession.fromKey(profession), variant).values().stream()
                .collect(Collectors.toMap(AccessibilityView.TerritoryValue::code, Function.identity()));
    }

    @Test
    void supplyIsConservedAndFormerCodesAreReKeyed() {
        Map<String, AccessibilityView.TerritoryValue> mg = communes("MG", AplVariant.ALL);
        // Σ population × APL = Σ supply = 2 × 4,500 consultations (every GP reaches inhabitants;
        // demand is total population: the census does not cover 9B001).
        double served = mg.values().stream().mapToDouble(v -> v.population() * v.apl()).sum();
        assertThat(served).isCloseTo(9000, within(1e-6));
        // GP2 was declared in former commune 9A003, now part of 9A002: 0 minutes away there.
        assertThat(mg.get("9A002").nearestMinutes()).isZero();
        assertThat(mg.get("9B001").nearestMinutes()).isZero();
    }

    @Test
    void ageVariantsDropOlderPractitioners() {
        Map<String, AccessibilityView.TerritoryValue> all = communes("MG", AplVariant.ALL);
        Map<String, AccessibilityView.TerritoryValue> under62 = communes("MG", AplVariant.UNDER_62);
        // GP1 (63) leaves: only 4,500 consultations remain, and 9B001 loses more than 9A002.
        double served = under62.values().stream().mapToDouble(v -> v.population() * v.apl()).sum();
        assertThat(served).isCloseTo(4500, within(1e-6));
        assertThat(under62.get("9B001").apl()).isLessThan(all.get("9B001").apl());
        assertThat(under62.get("9B001").nearestMinutes()).isGreaterThan(0);
    }

    @Test
    void otherProfessionsAreInFtePer100k() {
        AccessibilityView.Layer cd = queries.layer(TerritoryLevel.COMMUNE, Profession.CD, AplVariant.ALL);
        assertThat(cd.unit()).as("demand not age-standardised: the unit says so").isEqualTo("ETP pour 100 000 habitants");
        double served = cd.values().stream().mapToDouble(v -> v.population() * v.apl()).sum();
        assertThat(served).isCloseTo(100_000, within(1e-6)); // one FTE (default), scaled per 100,000
        assertThat(cd.ageStandardised()).isFalse();
        assertThat(cd.practitioners().millesime()).isEqualTo(2025);
    }

    @Test
    void aggregatesArePopulationWeighted() {
        Map<String, AccessibilityView.TerritoryValue> c = communes("MG", AplVariant.ALL);
        AccessibilityView.TerritoryValue east = queries.layer(TerritoryLevel.EPCI, Profession.MG, AplVariant.ALL)
                .values().stream().filter(v -> v.code().equals("999000002")).findFirst().orElseThrow();
        // 9B002 has no inhabitant: the EPCI value is 9B001's.
        assertThat(east.population()).isEqualTo(1200);
        assertThat(east.apl()).isCloseTo(c.get("9B001").apl(), within(1e-12));
        assertThat(east.name()).isEqualTo("CC de l'Est");
    }

    @Test
    void apiServesIndicatorsAndRefusesUnknownProfessions() throws Exception {
        mvc.perform(get("/api/accessibility/epci").param("profession", "MG").with(user("v").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unit").value("consultations par an et par habitant"))
                .andExpect(jsonPath("$.values.length()").value(2))
                .andExpect(jsonPath("$.practitioners.source").value("test practitioners"));
        mvc.perform(get("/api/accessibility/commune").param("profession", "XYZ").with(user("v").roles("VIEWER")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.message").value(containsString("XYZ")));
        mvc.perform(get("/api/accessibility/runs").with(user("v").roles("VIEWER")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(4)); // MG ×3 variants, CD ×1
    }

    @Test
    void proximityZonesCombineProfessionsWithAndOr() throws Exception {
        mvc.perform(get("/api/accessibility/proximity").param("professions", "CD").param("km", "1")
                        .with(user("v").roles("VIEWER")))
                .andExpect(status().isOk())
                // A 1 km disc around 9A001's town hall: π km² of its 82.7 km², and its point inside.
                .andExpect(jsonPath("$.values[0].code").value("9A001"))
                .andExpect(jsonPath("$.values[0].pointInside").value(true))
                .andExpect(jsonPath("$.values[0].share").value(org.hamcrest.Matchers.closeTo(Math.PI / 82.7, 0.004), Double.class))
                .andExpect(jsonPath("$.values[3].code").value("9B002"))
                .andExpect(jsonPath("$.values[3].pointInside").value(false))
                .andExpect(jsonPath("$.zoneAreaKm2").value(org.hamcrest.Matchers.closeTo(Math.PI, 0.03), Double.class));
        // The dentist and the GPs are 7 km apart: nowhere within 1 km of both.
        mvc.perform(get("/api/accessibility/proximity").param("professions", "CD,MG").param("combine", "and")
                        .with(user("v").roles("VIEWER")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.zoneAreaKm2").value(0.0));
        mvc.perform(get("/api/accessibility/proximity").param("professions", "CD").param("km", "500")
                .with(user("v").roles("VIEWER"))).andExpect(status().isBadRequest());
    }

    @Test
    void practitionerPointsAreClusteredAtLowZoomAndNeverShowIdentities() throws Exception {
        mvc.perform(get("/api/practitioners").param("profession", "MG").param("zoom", "7")
                        .with(user("v").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.clustered").value(true))
                .andExpect(jsonPath("$.features[*].properties.count").value(org.hamcrest.Matchers.hasItem(1)))
                .andExpect(jsonPath("$.millesime").value(2025));
        mvc.perform(get("/api/practitioners").param("profession", "MG,CD").param("zoom", "13")
                        .with(user("v").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.features.length()").value(3))
                .andExpect(jsonPath("$.features[*].properties.ageClass",
                        org.hamcrest.Matchers.hasItems("60-64 ans", "40-54 ans")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("GP1"))));
        mvc.perform(get("/api/practitioners").param("profession", "MG").param("zoom", "13")
                        .param("ageClass", "40-54 ans").with(user("v").roles("VIEWER")))
                .andExpect(jsonPath("$.features.length()").value(1))
                .andExpect(jsonPath("$.features[0].properties.communeName").value("Val-d'Œuvre"));
        mvc.perform(get("/api/practitioners")).andExpect(status().isUnauthorized());
    }

    @Test
    void scenarioIsForAnalystsAndOnlyRaisesApl() throws Exception {
        String body = "{\"profession\":\"MG\",\"communeCode\":\"9A001\",\"practitioners\":3}";
        mvc.perform(post("/api/accessibility/scenario").contentType(MediaType.APPLICATION_JSON).content(body)
                .with(csrf()).with(user("v").roles("VIEWER"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/accessibility/scenario").contentType(MediaType.APPLICATION_JSON).content(body)
                        .with(user("a").roles("ANALYST"))).andExpect(status().isForbidden()); // no CSRF token
        mvc.perform(post("/api/accessibility/scenario").contentType(MediaType.APPLICATION_JSON).content(body)
                        .with(csrf()).with(user("a").roles("ANALYST")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.supplyAdded").value(13500.0))
                .andExpect(jsonPath("$.changes[0].code").value("9A001"));
        mvc.perform(post("/api/accessibility/scenario").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"profession\":\"MG\",\"communeCode\":\"9A001\",\"practitioners\":500}")
                        .with(csrf()).with(user("a").roles("ANALYST")))
                .andExpect(status().isBadRequest());
    }
}
