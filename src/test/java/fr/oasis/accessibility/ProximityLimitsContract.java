package fr.oasis.accessibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.oasis.importer.PractitionerImportService;
import fr.oasis.importer.TerritoryImportService;
import fr.oasis.importer.TinyTerritory;
import fr.oasis.importer.record.PractitionerRecord;
import fr.oasis.practitioner.PractitionerVintageView;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A hostile proximity request (issue 11: eight professions at 50 km kept both cores busy for 12
 * minutes) is refused at once, and an area computation that passes the time limit is cut and
 * answered 503 in French. The time limit is set to zero here, so every area computation is cut
 * at its first check; the elapsed times asserted are generous upper bounds, not benchmarks.
 */
@SpringBootTest(properties = "oasis.limits.compute-seconds=0")
@AutoConfigureMockMvc
abstract class ProximityLimitsContract {
    private static final long TWO_SECONDS_NS = 2_000_000_000L;
    @Autowired
    TerritoryImportService territories;
    @Autowired
    PractitionerImportService practitioners;
    @Autowired
    MockMvc mvc;

    @BeforeEach
    void importTinyWithADentistAndAGp() {
        territories.importTerritories(TinyTerritory.inputs(), "test", "tiny");
        practitioners.importPractitioners(List.of(
                        new PractitionerRecord("GP1", "MG", null, "9B001", null, null, 4500.0, 63, false, "p.csv#line 2"),
                        new PractitionerRecord("CD1", "CD", null, "9A001", null, null, null, null, false, "p.csv#line 3")),
                new PractitionerVintageView.New("test practitioners", "test", 2025, false, false), "test");
    }

    private ResultActions timed(MockHttpServletRequestBuilder request) throws Exception {
        long start = System.nanoTime();
        ResultActions result = mvc.perform(request.with(user("v").roles("VIEWER")));
        assertThat(System.nanoTime() - start).as("answered within 2 s").isLessThan(TWO_SECONDS_NS);
        return result;
    }

    /** A legitimate request: its first answer may build caches, so no time bound is asserted. */
    private ResultActions untimed(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user("v").roles("VIEWER")));
    }

    @Test
    void eightProfessionsAtFiftyKmAreRefusedAtOnce() throws Exception {
        timed(get("/api/accessibility/proximity").param("professions", "MG,CD,INF,MK,SF,PHARMA,ORL,CARDIO")
                .param("km", "50")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("bad_request"))
                .andExpect(jsonPath("$.message").value(containsString("de 1 à 4 professions")));
        timed(get("/api/accessibility/proximity").param("professions", "CD").param("km", "50"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(containsString("entre 0 et 5 km")));
        timed(get("/api/accessibility/proximity").param("professions", "CD").param("km", "NaN"))
                .andExpect(status().isBadRequest());
        timed(get("/api/filter").param("c", "near.MG+CD+INF+MK+SF.or.1")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(containsString("professions")));
        timed(get("/api/filter").param("c", "near.CD.or.50")).andExpect(status().isBadRequest());
    }

    @Test
    void anAreaComputationPastTheTimeLimitIsCutWith503InFrench() throws Exception {
        timed(get("/api/accessibility/proximity").param("professions", "CD,MG").param("km", "5"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.code").value("time_limit"))
                .andExpect(jsonPath("$.message").value(containsString("interrompu")));
    }

    @Test
    void theFilterNeedsNoAreaSoItIsNotCut() throws Exception {
        untimed(get("/api/filter").param("c", "near.CD.or.1")).andExpect(status().isOk())
                .andExpect(jsonPath("$.count").value(1)).andExpect(jsonPath("$.matches[0].code").value("9A001"));
        untimed(get("/api/filter").param("combine", "or").param("c", "near.CD+MG.and.5").param("c", "density<0"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.count").value(0));
    }
}
