package fr.oasis.prospective.retirement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.oasis.accessibility.AccessibilityQueries;
import fr.oasis.accessibility.AccessibilitySnapshot;
import fr.oasis.accessibility.AccessibilitySnapshots;
import fr.oasis.accessibility.AccessibilityView;
import fr.oasis.accessibility.AplComputation;
import fr.oasis.accessibility.AplVariant;
import fr.oasis.importer.ManifestImporter;
import fr.oasis.importer.PractitionerImportService;
import fr.oasis.importer.TerritoryImportService;
import fr.oasis.importer.TinyTerritory;
import fr.oasis.importer.record.PractitionerRecord;
import fr.oasis.outreach.OutreachCatalogue;
import fr.oasis.outreach.TestMedicobus;
import fr.oasis.practitioner.PractitionerVintageView;
import fr.oasis.practitioner.Profession;
import fr.oasis.prospective.scenario.ScenarioEvaluator;
import fr.oasis.support.DataChange;
import fr.oasis.territory.TerritoryLevel;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The retirement projection on practitioners of unknown age, the path that takes the shortcut
 * "APL after = APL today × probability of staying" when it may: on the tiny territory by crow-fly,
 * two GPs of unknown age (4,500 and 3,000 consultations, in 9B001 and 9A002), the test age
 * distribution (médecins, retirement at 67, in 5 years: 0.65 leave, so s = 0.35), and a médicobus
 * stopping 4 half-days a month in 9A001 and 2 in 9B001. Checked against a naive reference computed
 * here from those numbers, {@code APL(s · practitioners + units)}: the shortcut (setting off) must
 * give it, and with mobile units counted as supply (setting on) the projection must count the
 * unit, which does not retire, so today's APL equals the stored one (unit label included) and the
 * shortcut is not taken. The scenario baseline "dans 5 ans" must agree. Subclasses fix the setting.
 */
abstract class RetirementMobileSupplyContract {
    private static final int YEARS = 5;
    private static final double STAYS = 0.35;
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
    AccessibilitySnapshots snapshots;
    @Autowired
    RetirementService retirements;
    @Autowired
    ScenarioEvaluator scenarios;
    @Autowired
    ManifestImporter importer;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path dir;

    /** Whether the context has {@code oasis.services.mobile-supply.enabled} on. */
    abstract boolean mobileSupplyOn();

    @BeforeEach
    void tinyTerritoryWithoutAges() throws Exception {
        DataChange.deleteNetworks(jdbc);
        imports.importTerritories(TinyTerritory.inputs(), "test", "tiny territory");
        practitioners.importPractitioners(List.of(
                        new PractitionerRecord("GP1", "MG", null, "9B001", null, null, 4500.0, null, false, "gp.csv#line 2"),
                        new PractitionerRecord("GP2", "MG", null, "9A002", null, null, 3000.0, null, false, "gp.csv#line 3")),
                new PractitionerVintageView.New("test practitioners", "test", 2025, false, false), "test");
        TestAgeDistribution.importInto(importer, dir);
        services.importRows(TestMedicobus.rows(), "test", false);
        computation.computeLatest();
    }

    @AfterEach
    void noUnits() {
        services.importRows(List.of(), "test", false);
        computation.computeLatest();
    }

    @Test
    void withoutAgesTheProjectionIsTheNaiveExpectedApl() {
        RetirementView.Profession gp = retirements.profession(Profession.MG, YEARS, null).professions().get(0);
        assertThat(gp.knownAges()).isZero();
        assertThat(gp.estimatedAges()).isEqualTo(2);
        assertThat(1 - gp.expectedLeaving() / 2).as("fixture: 0.65 of the médecins leave in 5 years").isCloseTo(STAYS,
                within(1e-12));

        AccessibilitySnapshot snapshot = snapshots.current();
        ProjectedApl projected = retirements.projectedApl(Profession.MG, YEARS);
        assertThat(projected.byLinearity()).as("the shortcut is taken exactly when no supplement is on")
                .isEqualTo(!mobileSupplyOn());

        // Naive reference: the expected supply written out from the fixture, one catchment pass.
        double[] expected = new double[snapshot.size()];
        expected[snapshot.indexOf("9B001")] += STAYS * Profession.MG.apl().supply(4500.0);
        expected[snapshot.indexOf("9A002")] += STAYS * Profession.MG.apl().supply(3000.0);
        double perFte = Profession.MG.apl().activityPerFte();
        if (mobileSupplyOn()) {
            expected[snapshot.indexOf("9A001")] += 4.0 / 40 * perFte;
            expected[snapshot.indexOf("9B001")] += 2.0 / 40 * perFte;
        }
        double scale = Profession.MG.apl().aplScale();
        double[] naive = snapshot.compute(expected).apl();
        boolean shortcutWouldBeWrong = false;
        for (int i = 0; i < snapshot.size(); i++) {
            assertThat(projected.after()[i]).as("APL after in %s", snapshot.code(i))
                    .isCloseTo(naive[i] * scale, within(1e-9 * Math.max(1, naive[i] * scale)));
            shortcutWouldBeWrong |= Math.abs(STAYS * projected.before()[i] - projected.after()[i]) > 1e-6;
        }
        assertThat(Arrays.stream(naive).min().orElseThrow()).as("the fixture gives every commune some access").isPositive();
        assertThat(shortcutWouldBeWrong).as("with a unit, today × s is not the answer (the test can tell)")
                .isEqualTo(mobileSupplyOn());
    }

    @Test
    void todayIsTheStoredAplAndDansNAnsTheSameInTheScenarioBaseline() {
        AccessibilityView.Layer stored = accessibility.layer(TerritoryLevel.COMMUNE, Profession.MG, AplVariant.ALL);
        AccessibilitySnapshot snapshot = snapshots.current();
        ProjectedApl projected = retirements.projectedApl(Profession.MG, YEARS);
        for (AccessibilityView.TerritoryValue value : stored.values()) {
            assertThat(projected.before()[snapshot.indexOf(value.code())]).as("APL today in %s", value.code())
                    .isCloseTo(value.apl(), within(1e-9));
        }
        assertThat(stored.unit().contains("unités mobiles")).isEqualTo(mobileSupplyOn());
        RetirementView.Profession gp = retirements.profession(Profession.MG, YEARS, null).professions().get(0);
        assertThat(gp.aplUnit()).isEqualTo(stored.unit());
        double unitSupply = mobileSupplyOn() ? 6.0 / 40 * Profession.MG.apl().activityPerFte() : 0;
        double practices = Profession.MG.apl().supply(4500.0) + Profession.MG.apl().supply(3000.0);
        assertThat(gp.supplyBefore()).isCloseTo(practices + unitSupply, within(1e-6));
        assertThat(gp.supplyAfter()).as("the unit stays").isCloseTo(STAYS * practices + unitSupply, within(1e-6));

        ScenarioEvaluator.BaselineLayer later = scenarios.baselineLayer(Profession.MG, AplVariant.ALL, YEARS);
        assertThat(later.unit()).isEqualTo(stored.unit());
        for (int k = 0; k < later.codes().length; k++) {
            assertThat(later.apl()[k]).as("scenario baseline in %d years, %s", YEARS, later.codes()[k])
                    .isCloseTo(projected.after()[snapshot.indexOf(later.codes()[k])], within(1e-9));
        }
        // a stop is not a practice: 9A001 (a stop, no GP) keeps the time of today's nearest practice
        ScenarioEvaluator.BaselineLayer today = scenarios.baselineLayer(Profession.MG, AplVariant.ALL, null);
        int i = Arrays.asList(today.codes()).indexOf("9A001");
        assertThat(later.minutes()[i]).isEqualTo(today.minutes()[i]).isPositive();
    }
}
