package fr.oasis.prospective.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import fr.oasis.demo.DemoLoader;
import fr.oasis.structure.StructureQueries;
import fr.oasis.structure.StructureType;
import fr.oasis.support.UsesH2;
import fr.oasis.territory.TerritoryLevel;
import fr.oasis.territory.TerritoryQueries;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** {@code /api/prospective/where-to-act} on the demonstration territory: access, consistent gains, candidates, bad input. */
@UsesH2
@SpringBootTest
@AutoConfigureMockMvc
class PlacementApiTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    DemoLoader demo;
    @Autowired
    TerritoryQueries territories;
    @Autowired
    fr.oasis.territory.Communes communes;

    @Autowired
    StructureQueries structures;

    @BeforeEach
    void demonstration() {
        fr.oasis.support.DemoInDatabase.ensureTerritory(demo, territories);
    }

    private DocumentContext json(String query, int status) throws Exception {
        String body = mvc.perform(get("/api/prospective/where-to-act?" + query).with(user("v").roles("VIEWER")))
                .andExpect(status().is(status)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return JsonPath.parse(body);
    }

    @Test
    void signedInOnly() throws Exception {
        mvc.perform(get("/api/prospective/where-to-act")).andExpect(status().isUnauthorized());
        for (String role : List.of("VIEWER", "ANALYST", "ADMIN")) {
            mvc.perform(get("/api/prospective/where-to-act?k=1").with(user("u").roles(role))).andExpect(status().isOk());
        }
    }

    @Test
    void gainsAddUpToTheObjectiveForBothObjectives() throws Exception {
        for (String objective : List.of("population", "deficit")) {
            DocumentContext r = json("profession=MG&k=5&objective=" + objective + "&threshold=4", 200);
            List<Map<String, Object>> steps = r.read("$.steps");
            assertThat(steps).as(objective).isNotEmpty().hasSizeLessThanOrEqualTo(5);
            double remaining = ((Number) r.read("$.objectiveBefore")).doubleValue();
            for (Map<String, Object> s : steps) {
                double gain = ((Number) s.get("gain")).doubleValue();
                assertThat(gain).as(objective + " " + s).isGreaterThanOrEqualTo(0);
                remaining -= gain;
                assertThat(((Number) s.get("objectiveAfter")).doubleValue()).as(objective + " " + s)
                        .isCloseTo(remaining, within(1e-6 * Math.max(1, Math.abs(remaining))));
                assertThat(((Number) s.get("aplAfter")).doubleValue()).as(s.toString())
                        .isGreaterThan(((Number) s.get("aplBefore")).doubleValue());
            }
            if (objective.equals("deficit")) {
                assertThat(((Number) steps.get(0).get("gain")).doubleValue()).as("the deficit always moves").isPositive();
            }
        }
    }

    @Test
    void candidatesRestrictTheChoice() throws Exception {
        String epci = territories.names(TerritoryLevel.EPCI).keySet().stream().sorted().findFirst().orElseThrow();
        DocumentContext r = json("profession=MG&k=3&objective=deficit&threshold=6&epci=" + epci, 200);
        Set<String> members = communes.table().communesOf(TerritoryLevel.EPCI, epci);
        List<String> codes = r.read("$.steps[*].code");
        assertThat((Integer) r.read("$.candidates")).isEqualTo(members.size());
        assertThat(members).containsAll(codes);
        String first = codes.isEmpty() ? null : codes.get(0);
        if (first != null) {
            DocumentContext only = json("profession=MG&k=2&objective=deficit&threshold=6&communes=" + first, 200);
            assertThat((List<String>) only.read("$.steps[*].code")).containsOnly(first);
            assertThat((Integer) only.read("$.candidates")).isEqualTo(1);
        }
        DocumentContext pharmacies = json("profession=MG&k=2&objective=deficit&threshold=6&withProfession=PHARMA", 200);
        assertThat((Integer) pharmacies.read("$.candidates")).isPositive();
        DocumentContext later = json("profession=MG&k=2&objective=deficit&years=10", 200);
        assertThat((Integer) later.read("$.years")).isEqualTo(10);
        assertThat(((Number) later.read("$.objectiveBefore")).doubleValue())
                .isGreaterThanOrEqualTo(((Number) json("profession=MG&k=2&objective=deficit", 200)
                        .read("$.objectiveBefore")).doubleValue());
    }

    /** The demonstration has fictional MSPs: only their communes are candidates, intersected with an EPCI. */
    @Test
    void candidatesCanBeTheCommunesWithACareStructure() throws Exception {
        Set<String> withMsp = new java.util.TreeSet<>();
        structures.countsByCommune(StructureType.MSP).forEach((code, n) -> {
            if (n > 0) {
                withMsp.add(code);
            }
        });
        assertThat(withMsp).as("the demonstration has MSPs").isNotEmpty();
        assertThat(withMsp.size()).isLessThan(communes.table().size());
        DocumentContext r = json("profession=MG&k=2&objective=deficit&threshold=6&withStructure=msp", 200);
        assertThat((Integer) r.read("$.candidates")).isEqualTo(withMsp.size());
        List<String> codes = r.read("$.steps[*].code");
        assertThat(codes).isNotEmpty();
        assertThat(withMsp).containsAll(codes);
        String epci = communes.table().groupsOf(withMsp.iterator().next(), TerritoryLevel.EPCI).get(0);
        Set<String> both = new java.util.TreeSet<>(communes.table().communesOf(TerritoryLevel.EPCI, epci));
        both.retainAll(withMsp);
        DocumentContext inEpci = json("profession=MG&k=1&objective=deficit&threshold=6&withStructure=MSP&epci=" + epci, 200);
        assertThat((Integer) inEpci.read("$.candidates")).isEqualTo(both.size());
        assertThat((String) json("withStructure=hopital", 400).read("$.message"))
                .contains("type de structure inconnu (withStructure) : « hopital »", "msp, healthcentre");
    }

    @Test
    void badInputIsA400WithAFrenchMessage() throws Exception {
        assertThat((String) json("k=0", 400).read("$.message")).contains("entre 1 et 10");
        assertThat((String) json("k=11", 400).read("$.message")).contains("entre 1 et 10");
        assertThat((String) json("k=10000", 400).read("$.message")).contains("entre 1 et 10");
        assertThat((String) json("profession=XX", 400).read("$.message")).contains("profession inconnue");
        assertThat((String) json("communes=99999,9A001", 400).read("$.message")).contains("commune(s) inconnue(s) : 99999");
        assertThat((String) json("epci=000000000", 400).read("$.message")).contains("EPCI inconnu");
        assertThat((String) json("objective=" + "x".repeat(200), 400).read("$.message")).contains("objectif inconnu")
                .hasSizeLessThan(150);
        assertThat((String) json("years=20", 400).read("$.message")).contains("entre 1 et 15");
    }
}
