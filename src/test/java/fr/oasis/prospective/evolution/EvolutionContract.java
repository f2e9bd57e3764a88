package fr.oasis.prospective.evolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.oasis.accessibility.AccessibilityQueries;
import fr.oasis.accessibility.AplVariant;
import fr.oasis.accessibility.network.RoadSpeeds;
import fr.oasis.importer.NetworkImportService;
import fr.oasis.importer.PractitionerImportService;
import fr.oasis.importer.TerritoryImportService;
import fr.oasis.importer.TinyTerritory;
import fr.oasis.importer.record.PractitionerRecord;
import fr.oasis.practitioner.PractitionerQueries;
import fr.oasis.practitioner.PractitionerVintageView;
import fr.oasis.practitioner.Profession;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Two practitioner vintages of the tiny territory ({@link TinyTerritory}: 9A001 500 inhabitants,
 * 9A002 800, 9B001 1,200, 9B002 none), compared end to end on a database: 2022 has GP1 in 9B001
 * and GP2 in 9A003 (merged into 9A002); 2025 has GP2 and GP3 in 9A001, GP1 having left. Both are
 * computed as the crow flies; importing a road network then recomputes only the latest by road,
 * and the comparison is refused until asked to recompute.
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class EvolutionContract {
    @Autowired
    TerritoryImportService territories;
    @Autowired
    PractitionerImportService practitioners;
    @Autowired
    NetworkImportService networks;
    @Autowired
    PractitionerQueries practitionerQueries;
    @Autowired
    AccessibilityQueries accessibility;
    @Autowired
    EvolutionService evolution;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;
    long v2022;
    long v2025;

    @BeforeEach
    void twoVintages() {
        fr.oasis.support.DataChange.deleteNetworks(jdbc);
        territories.importTerritories(TinyTerritory.inputs(), "test", "tiny");
        practitioners.importPractitioners(List.of(
                        gp("GP1", "9B001", 63), gp("GP2", "9A003", 40)),
                new PractitionerVintageView.New("RPPS test", "test", 2022, false, false), "test");
        v2022 = practitionerQueries.latestVintage().orElseThrow().id();
        practitioners.importPractitioners(List.of(gp("GP2", "9A003", 43), gp("GP3", "9A001", 35)),
                new PractitionerVintageView.New("RPPS test", "test", 2025, false, false), "test");
        v2025 = practitionerQueries.latestVintage().orElseThrow().id();
    }

    @AfterEach
    void noNetworkLeft() {
        fr.oasis.support.DataChange.deleteNetworks(jdbc);
    }

    private static PractitionerRecord gp(String id, String commune, int age) {
        return new PractitionerRecord(id, "MG", null, commune, null, null, 4500.0, age, false, "gp.csv#" + id);
    }

    private static Map<String, EvolutionView.Row> byCode(List<EvolutionView.Row> rows) {
        return rows.stream().collect(Collectors.toMap(EvolutionView.Row::code, Function.identity()));
    }

    @Test
    void comparesTheStoredRunsOfTwoVintages() {
        EvolutionView.Comparison c = evolution.compare(Profession.MG, AplVariant.ALL, null, null, false);
        assertThat(c.from().vintageId()).isEqualTo(v2022);
        assertThat(c.to().vintageId()).isEqualTo(v2025);
        assertThat(c.from().recomputed()).isFalse();
        assertThat(c.to().recomputed()).isFalse();
        assertThat(c.to().travelModel()).isEqualTo("à vol d'oiseau");
        assertThat(c.note()).contains("APL stockés, comparés tels quels");
        Map<String, EvolutionView.Row> communes = byCode(c.communes());
        // Supply is conserved on both sides: Σ population × APL = 2 GPs × 4,500 consultations.
        double before = c.communes().stream().mapToDouble(r -> r.population() * r.before()).sum();
        double after = c.communes().stream().mapToDouble(r -> r.population() * r.after()).sum();
        assertThat(before).isCloseTo(9000, within(1e-6));
        assertThat(after).isCloseTo(9000, within(1e-6));
        // GP1 left 9B001 and GP3 opened in 9A001: the east loses; with the supply conserved, the
        // west (as a whole: catchments overlap) gains as much as the east loses.
        assertThat(communes.get("9B001").difference()).isNegative();
        assertThat(byCode(c.epci()).get("999000001").difference()).isPositive();
        assertThat(c.communes().stream().mapToDouble(r -> r.population() * r.difference()).sum())
                .isCloseTo(0, within(1e-6));
        assertThat(communes.get("9A001").difference())
                .isCloseTo(communes.get("9A001").after() - communes.get("9A001").before(), within(1e-12));
        assertThat(c.losses()).isGreaterThanOrEqualTo(1);
        assertThat(c.gains()).isGreaterThanOrEqualTo(1);
        assertThat(c.communes().get(0).difference()).as("largest loss first")
                .isLessThanOrEqualTo(c.communes().get(c.communes().size() - 1).difference());
        // EPCI of the east: 9B002 has no inhabitant, so its mean is 9B001's.
        EvolutionView.Row east = byCode(c.epci()).get("999000002");
        assertThat(east.population()).isEqualTo(1200);
        assertThat(east.before()).isCloseTo(communes.get("9B001").before(), within(1e-12));
        assertThat(east.difference()).isCloseTo(communes.get("9B001").difference(), within(1e-12));
    }

    @Test
    void refusesRunsOfDifferentTravelModelsAndRecomputesOnRequest() {
        // The network recomputes only the latest vintage (2025) by road; 2022 stays crow-fly.
        networks.importNetwork(fixture("network-tm"), RoadSpeeds.DEFAULT, "TM test", 2026, "test");
        assertThat(accessibility.runs(v2025).get(0).travelModel()).isEqualTo("road");
        assertThat(accessibility.runs(v2022).get(0).travelModel()).isEqualTo("crow-fly");
        assertThatThrownBy(() -> evolution.compare(Profession.MG, AplVariant.ALL, v2022, v2025, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("n'ont pas été calculés avec le même modèle de temps de trajet")
                .hasMessageContaining("2022 : à vol d'oiseau")
                .hasMessageContaining("2025 : par la route (TM test, millésime 2026)")
                .hasMessageContaining("recompute=true");

        EvolutionView.Comparison c = evolution.compare(Profession.MG, AplVariant.ALL, v2022, v2025, true);
        assertThat(c.from().recomputed()).isTrue();
        assertThat(c.to().recomputed()).as("the latest's stored run is of the current model").isFalse();
        assertThat(c.from().travelModel()).isEqualTo(c.to().travelModel()).startsWith("par la route");
        assertThat(c.note()).contains("Le millésime 2022 a été recalculé avec le modèle actuel")
                .contains("non enregistré");
        double before = c.communes().stream().mapToDouble(r -> r.population() * r.before()).sum();
        assertThat(before).isCloseTo(9000, within(1e-6));
        // Nothing stored: 2022 keeps its crow-fly runs.
        assertThat(accessibility.runs(v2022)).allMatch(r -> r.travelModel().equals("crow-fly"));
    }

    @Test
    void refusesTheSameVintageTwiceAndUnknownVintages() {
        assertThatThrownBy(() -> evolution.compare(Profession.MG, AplVariant.ALL, v2025, v2025, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("deux millésimes différents");
        assertThatThrownBy(() -> evolution.compare(Profession.MG, AplVariant.ALL, -4L, v2025, false))
                .isInstanceOf(NoSuchElementException.class).hasMessageContaining("Aucun millésime");
        assertThatThrownBy(() -> evolution.compare(Profession.CD, AplVariant.ALL, v2022, v2025, false))
                .isInstanceOf(NoSuchElementException.class).hasMessageContaining("n'a pas d'APL stocké");
    }

    @Test
    void viewersReadTheApiAndTheCsv() throws Exception {
        mvc.perform(get("/api/prospective/evolution/vintages").with(user("v").roles("VIEWER")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].id").value(v2025))
                .andExpect(jsonPath("$[0].latest").value(true))
                .andExpect(jsonPath("$[0].travelModel").value("à vol d'oiseau"));
        mvc.perform(get("/api/prospective/evolution").param("profession", "MG")
                        .param("from", String.valueOf(v2022)).param("to", String.valueOf(v2025))
                        .with(user("v").roles("VIEWER")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.from.millesime").value(2022))
                .andExpect(jsonPath("$.to.millesime").value(2025))
                .andExpect(jsonPath("$.communes.length()").value(4))
                .andExpect(jsonPath("$.epci.length()").value(2));
        byte[] csv = mvc.perform(get("/api/prospective/evolution.csv").param("from", String.valueOf(v2022))
                        .param("to", String.valueOf(v2025)).with(user("a").roles("ANALYST")))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", startsWith("text/csv")))
                .andExpect(header().string("Content-Disposition", containsString("evolution-apl-MG-2022-2025.csv")))
                .andReturn().getResponse().getContentAsByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF\"niveau\";\"code\";\"nom\";\"population\";\"APL 2022\";\"APL 2025\"");
        assertThat(text.lines().filter(l -> l.startsWith("\"commune\"")).count()).isEqualTo(4);
        assertThat(text.lines().filter(l -> l.startsWith("\"epci\"")).count()).isEqualTo(2);
        assertThat(text).contains("Source : RPPS test, millésime 2022");
    }

    @Test
    void theApiAnswersInFrenchAndNeedsALogin() throws Exception {
        mvc.perform(get("/api/prospective/evolution")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/prospective/evolution").param("profession", "XYZ<b>").with(user("v").roles("VIEWER")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("Profession inconnue : « XYZ<b> »."));
        mvc.perform(get("/api/prospective/evolution").param("from", "-4").with(user("v").roles("VIEWER")))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.message", containsString("Aucun millésime")));
        networks.importNetwork(fixture("network-tm"), RoadSpeeds.DEFAULT, "TM test", 2026, "test");
        mvc.perform(get("/api/prospective/evolution").param("from", String.valueOf(v2022))
                        .param("to", String.valueOf(v2025)).with(user("v").roles("VIEWER")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", containsString("ne sont pas comparables")));
        mvc.perform(get("/api/prospective/evolution").param("from", String.valueOf(v2022))
                        .param("to", String.valueOf(v2025)).param("recompute", "true").with(user("v").roles("VIEWER")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.from.recomputed").value(true));
    }

    static Path fixture(String name) {
        try {
            return Path.of(EvolutionContract.class.getResource("/importer/" + name).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
