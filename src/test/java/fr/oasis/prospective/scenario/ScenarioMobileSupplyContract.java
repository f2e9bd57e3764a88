package fr.oasis.prospective.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.oasis.accessibility.AccessibilityQueries;
import fr.oasis.accessibility.AccessibilityView;
import fr.oasis.accessibility.AplComputation;
import fr.oasis.accessibility.AplVariant;
import fr.oasis.importer.PractitionerImportService;
import fr.oasis.importer.TerritoryImportService;
import fr.oasis.importer.TinyTerritory;
import fr.oasis.importer.record.PractitionerRecord;
import fr.oasis.outreach.OutreachCatalogue;
import fr.oasis.outreach.TestMedicobus;
import fr.oasis.practitioner.PractitionerVintageView;
import fr.oasis.practitioner.Profession;
import fr.oasis.support.DataChange;
import fr.oasis.territory.TerritoryLevel;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A scenario starts from the APL of the map: on the tiny territory by crow-fly (every commune
 * reaches every other), two GPs of 4,500 consultations and a médicobus stopping 4 half-days a
 * month in 9A001 and 2 in 9B001. With {@code oasis.services.mobile-supply.enabled} on, the stored
 * APL counts (4 + 2) / 40 = 0.15 FTE × 4,500 = 675 more consultations, labelled; the scenario
 * baseline must equal it commune by commune, unit included, and the time to the nearest GP stays
 * the practitioners' (a stop is not a practice). With the setting off, both ignore the unit.
 * Subclasses fix the setting.
 */
abstract class ScenarioMobileSupplyContract {
    static final String LABEL = "consultations par an et par habitant — APL incluant les unités mobiles (estimation)";
    @Autowired
    TerritoryImportService imports;
    @Autowired
    PractitionerImportService practitioners;
    @Autowired
    OutreachCatalogue services;
    @Autowired
    AplComputation computation;
    @Autowired
    AccessibilityQueries accessibility;
    @Autowired
    ScenarioEvaluator scenarios;
    @Autowired
    JdbcTemplate jdbc;

    /** Whether the context has the setting on. */
    abstract boolean mobileSupplyOn();

    @AfterEach
    void noUnits() {
        services.importRows(List.of(), "test", false);
        computation.computeLatest();
    }

    @Test
    void theScenarioBaselineIsTheStoredAplOfACommuneServedByAMobileUnit() {
        DataChange.deleteNetworks(jdbc);
        imports.importTerritories(TinyTerritory.inputs(), "test", "tiny territory");
        practitioners.importPractitioners(List.of(
                        new PractitionerRecord("GP1", "MG", null, "9B001", null, null, 4500.0, 63, false, "gp.csv#line 2"),
                        new PractitionerRecord("GP2", "MG", null, "9A002", null, null, 4500.0, 40, false, "gp.csv#line 3")),
                new PractitionerVintageView.New("test practitioners", "test", 2025, false, false), "test");
        services.importRows(TestMedicobus.rows(), "test", false);
        computation.computeLatest();

        AccessibilityView.Layer stored = accessibility.layer(TerritoryLevel.COMMUNE, Profession.MG, AplVariant.ALL);
        double served = stored.values().stream().mapToDouble(v -> v.population() * v.apl()).sum();
        assertThat(served).isCloseTo(mobileSupplyOn() ? 9000 + 675 : 9000, within(1e-6));
        assertThat(stored.unit()).isEqualTo(mobileSupplyOn() ? LABEL : "consultations par an et par habitant");

        ScenarioEvaluator.BaselineLayer baseline = scenarios.baselineLayer(Profession.MG, AplVariant.ALL, null);
        assertThat(baseline.unit()).isEqualTo(stored.unit());
        for (String code : List.of("9A001", "9A002", "9B001", "9B002")) {
            AccessibilityView.TerritoryValue value = stored.values().stream().filter(v -> v.code().equals(code))
                    .findFirst().orElseThrow();
            int i = Arrays.asList(baseline.codes()).indexOf(code);
            assertThat(baseline.apl()[i]).as("APL of %s", code).isCloseTo(value.apl(), within(1e-9));
            assertThat(baseline.minutes()[i]).as("minutes of %s", code).isCloseTo(value.nearestMinutes(), within(1e-3));
        }

        // A scenario's "before" is that baseline; the arrival of a GP in 9B002 adds to it.
        ScenarioOutcome outcome = scenarios.evaluate(AplVariant.ALL, null, List.of(new ScenarioChange(ChangeKind.INSTALLATION,
                "9B002", Map.of(Profession.MG, 1))));
        ScenarioOutcome.ProfessionOutcome gp = outcome.professions().get(0);
        assertThat(gp.unit()).isEqualTo(stored.unit());
        double before = gp.communes().stream().filter(r -> r.code().equals("9A001")).findFirst().orElseThrow().aplBefore();
        assertThat(before).isCloseTo(stored.values().stream().filter(v -> v.code().equals("9A001")).findFirst()
                .orElseThrow().apl(), within(1e-9));
    }
}
