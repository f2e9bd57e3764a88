package fr.oasis.prospective.retirement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import fr.oasis.demo.DemoLoader;
import fr.oasis.importer.ManifestImporter;
import fr.oasis.practitioner.AgeDistributions;
import fr.oasis.practitioner.PractitionerQueries;
import fr.oasis.practitioner.PractitionerVintageView;
import fr.oasis.provenance.DataKind;
import fr.oasis.support.DataChange;
import fr.oasis.support.UsesH2;
import org.springframework.jdbc.core.JdbcTemplate;
import fr.oasis.territory.TerritoryQueries;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code /api/prospective/retirements} on the demonstration territory (ages known for every
 * practitioner) and on a vintage of unknown ages with the age distribution imported through the
 * manifest (the estimate path): access, figures that must move the right way, bad input.
 */
@UsesH2
@SpringBootTest
@AutoConfigureMockMvc
class RetirementApiTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    DemoLoader demo;
    @Autowired
    TerritoryQueries territories;
    @Autowired
    ManifestImporter importer;
    @Autowired
    AgeDistributions distributions;
    @Autowired
    PractitionerQueries practitioners;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path dir;

    @BeforeEach
    void demonstration() {
        if (!fr.oasis.support.DemoInDatabase.territoryPresent(territories)) {
            demo.load();
        }
    }

    private DocumentContext json(String query, int status) throws Exception {
        String body = mvc.perform(get("/api/prospective/retirements?" + query).with(user("v").roles("VIEWER")))
                .andExpect(status().is(status)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return JsonPath.parse(body);
    }

    @Test
    void signedInOnly() throws Exception {
        mvc.perform(get("/api/prospective/retirements")).andExpect(status().isUnauthorized());
        for (String role : List.of("VIEWER", "ANALYST", "ADMIN")) {
            mvc.perform(get("/api/prospective/retirements?years=3").with(user("u").roles(role))).andExpect(status().isOk());
        }
    }

    @Test
    void retirementsOnlyTakeAccessAway() throws Exception {
        DocumentContext five = json("years=5", 200);
        DocumentContext ten = json("years=10", 200);
        List<Map<String, Object>> lines = five.read("$.professions");
        assertThat(lines).isNotEmpty();
        for (int i = 0; i < lines.size(); i++) {
            String p = "$.professions[" + i + "].";
            String key = five.read(p + "key");
            assertThat((Integer) five.read(p + "knownAges")).as(key).isEqualTo(five.read(p + "practitioners"));
            assertThat((Boolean) five.read(p + "estimate")).as(key).isFalse();
            assertThat((Double) five.read(p + "supplyAfter")).as(key).isLessThanOrEqualTo(five.read(p + "supplyBefore"));
            assertThat(((Number) five.read(p + "populationBelowAfter")).doubleValue()).as(key)
                    .isGreaterThanOrEqualTo(((Number) five.read(p + "populationBelowBefore")).doubleValue());
            assertThat(((Number) five.read(p + "beyondAfter[1]")).doubleValue()).as(key)
                    .isGreaterThanOrEqualTo(((Number) five.read(p + "beyondBefore[1]")).doubleValue());
            assertThat(((Number) ten.read(p + "expectedLeaving")).doubleValue()).as(key)
                    .isGreaterThanOrEqualTo(((Number) five.read(p + "expectedLeaving")).doubleValue());
        }
        assertThat(((Number) ten.read("$.professions[0].expectedLeaving")).doubleValue())
                .as("demonstration ages spread around 52: some GPs reach 67 within ten years").isGreaterThan(0);
    }

    @Test
    void oneProfessionListsTheCommunesThatFall() throws Exception {
        DocumentContext mg = json("years=15&profession=mg", 200);
        double threshold = ((Number) mg.read("$.professions[0].threshold")).doubleValue();
        assertThat(threshold).isEqualTo(2.5);
        List<Map<String, Object>> falling = mg.read("$.professions[0].communesFalling");
        assertThat(falling).hasSize((Integer) mg.read("$.professions[0].communesFallingCount")).isNotEmpty();
        for (Map<String, Object> c : falling) {
            @SuppressWarnings("unchecked")
            List<String> falls = (List<String>) c.get("falls");
            double before = ((Number) c.get("aplBefore")).doubleValue();
            double after = ((Number) c.get("aplAfter")).doubleValue();
            assertThat(after).as(c.toString()).isLessThanOrEqualTo(before + 1e-9);
            if (falls.contains("APL sous le seuil")) {
                assertThat(before).as(c.toString()).isGreaterThanOrEqualTo(threshold);
                assertThat(after).as(c.toString()).isLessThan(threshold);
            }
        }
        assertThat((String) mg.read("$.nearestRule")).contains("une chance sur deux");
    }

    @Test
    void badInputIsA400WithAFrenchMessage() throws Exception {
        assertThat((String) json("years=0", 400).read("$.message")).contains("horizon").contains("entre 1 et 15");
        assertThat((String) json("years=16", 400).read("$.message")).contains("entre 1 et 15");
        assertThat((String) json("years=cinq", 400).read("$.message")).contains("nombre entier");
        assertThat((String) json("years=5&profession=XX", 400).read("$.message")).contains("profession inconnue");
        assertThat((String) json("years=5&profession=MG&threshold=-2", 400).read("$.message")).contains("positif");
    }

    @Test
    void unknownAgesAreEstimatedFromTheImportedDistributionAndSaidSo() throws Exception {
        TestAgeDistribution.importInto(importer, dir);
        assertThat(distributions.all()).hasSize(15);
        PractitionerVintageView vintage = practitioners.latestVintage().orElseThrow();
        // the demonstration knows every age: forget those of GPs and physiotherapists for this test
        List<Map<String, Object>> saved = jdbc.queryForList("SELECT id, age FROM practitioner WHERE vintage_id = ?"
                + " AND profession IN ('MG', 'MK')", vintage.id());
        jdbc.update("UPDATE practitioner SET age = NULL WHERE vintage_id = ? AND profession IN ('MG', 'MK')", vintage.id());
        DataChange.bump(jdbc, DataKind.PRACTITIONERS);
        try {
            DocumentContext mg = json("years=5&profession=MG", 200);
            int count = mg.read("$.professions[0].practitioners");
            assertThat((Integer) mg.read("$.professions[0].estimatedAges")).isEqualTo(count).isPositive();
            assertThat((Boolean) mg.read("$.professions[0].estimate")).isTrue();
            int year = vintage.vintage() >= 2020 ? 2020 : 2018;
            assertThat((String) mg.read("$.professions[0].distribution")).contains("Estimation")
                    .contains("généralistes et spécialistes confondus").contains("1er janvier " + year)
                    .contains("DREES, RPPS (test)");
            // fixture, médecins, R 67, N 5, so from age 62: 2018: 3/5 of 60-64 (200) + 65+ (100) = 220 of 1000;
            // 2020: 3/5 of 100 + 200 = 260 of 400
            double share = year == 2020 ? 0.65 : 0.22;
            assertThat(((Number) mg.read("$.professions[0].expectedLeaving")).doubleValue())
                    .isCloseTo(share * count, org.assertj.core.api.Assertions.within(1e-6));
            assertThat(((Number) mg.read("$.professions[0].supplyAfter")).doubleValue()).isCloseTo(
                    (1 - share) * ((Number) mg.read("$.professions[0].supplyBefore")).doubleValue(),
                    org.assertj.core.api.Assertions.within(1e-6));
            DocumentContext all = json("years=5", 200);
            List<Map<String, Object>> mk = all.read("$.professions[?(@.key == 'MK')]");
            assertThat(mk).singleElement().satisfies(m -> {
                assertThat(m.get("estimate")).isEqualTo(false);
                assertThat((String) m.get("notProjected")).contains("aucune répartition par âge");
                assertThat(((Number) m.get("expectedLeaving")).doubleValue()).isZero();
            });
        } finally {
            jdbc.batchUpdate("UPDATE practitioner SET age = ? WHERE id = ?", saved.stream()
                    .map(r -> new Object[]{r.get("AGE") == null ? r.get("age") : r.get("AGE"),
                            r.get("ID") == null ? r.get("id") : r.get("ID")}).toList());
            DataChange.bump(jdbc, DataKind.PRACTITIONERS);
        }
    }
}
