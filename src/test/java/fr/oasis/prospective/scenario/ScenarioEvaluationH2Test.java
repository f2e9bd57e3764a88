package fr.oasis.prospective.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.oasis.accessibility.AplVariant;
import fr.oasis.accessibility.ScenarioInputs;
import fr.oasis.accessibility.ScenarioModels;
import fr.oasis.accessibility.engine.NearestPractitioner;
import fr.oasis.accessibility.engine.Supply;
import fr.oasis.demo.DemoLoader;
import fr.oasis.practitioner.Profession;
import fr.oasis.prospective.scenario.ScenarioOutcome.CommuneRow;
import fr.oasis.prospective.scenario.ScenarioOutcome.ProfessionOutcome;
import fr.oasis.support.DemoInDatabase;
import fr.oasis.support.UsesH2;
import fr.oasis.territory.TerritoryQueries;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole evaluation (rules, baseline, incremental APL, nearest practitioner, tables) on the
 * demonstration territory by road, against a naive full recomputation of the changed supplies
 * for every commune: seeded random scenarios of installations, departures and MSP openings over
 * several professions (seed in the failure message).
 */
@UsesH2
@SpringBootTest
class ScenarioEvaluationH2Test {
    private static final List<Profession> PROFESSIONS = List.of(Profession.MG, Profession.CD, Profession.INF,
            Profession.MK);
    @Autowired
    DemoLoader demo;
    @Autowired
    TerritoryQueries territories;
    @Autowired
    ScenarioModels models;
    @Autowired
    CurrentBaseline current;
    @Autowired
    ScenarioEvaluator scenarios;

    @BeforeEach
    void demonstration() {
        DemoInDatabase.ensureTerritory(demo, territories);
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13, 14, 15})
    void randomScenariosEqualANaiveFullRecomputation(long seed) {
        ScenarioInputs inputs = models.current();
        SupplyBaseline baseline = current.of(AplVariant.ALL);
        Random random = new Random(seed);
        List<ScenarioChange> changes = new ArrayList<>();
        Map<Profession, double[]> supply = new HashMap<>();
        for (Profession p : PROFESSIONS) {
            supply.put(p, baseline.supply(p).clone());
        }
        for (int k = 0; k < 1 + random.nextInt(6); k++) {
            int j = random.nextInt(inputs.size());
            Profession p = PROFESSIONS.get(random.nextInt(PROFESSIONS.size()));
            double present = baseline.practitioners(p)[j];
            if (random.nextBoolean() && present > 0 && supply.get(p)[j] == baseline.supply(p)[j]) {
                int leaving = 1 + random.nextInt((int) present);
                changes.add(new ScenarioChange(ChangeKind.DEPART, inputs.code(j), Map.of(p, leaving)));
                supply.get(p)[j] -= leaving * baseline.supply(p)[j] / present;
            } else if (random.nextBoolean()) {
                changes.add(new ScenarioChange(ChangeKind.MSP, inputs.code(j), Map.of(Profession.MG, 2, Profession.INF, 3)));
                supply.get(Profession.MG)[j] += 2 * Profession.MG.apl().supply(null);
                supply.get(Profession.INF)[j] += 3 * Profession.INF.apl().supply(null);
            } else {
                int n = 1 + random.nextInt(4);
                changes.add(new ScenarioChange(ChangeKind.INSTALLATION, inputs.code(j), Map.of(p, n)));
                supply.get(p)[j] += n * p.apl().supply(null);
            }
        }
        ScenarioOutcome outcome = scenarios.evaluate(baseline, changes);
        for (ProfessionOutcome o : outcome.professions()) {
            Profession p = Profession.fromKey(o.profession());
            String context = "seed " + seed + ", " + p + ", changes " + changes;
            double scale = p.apl().aplScale();
            double[] after = supply.get(p);
            for (int j = 0; j < after.length; j++) {
                after[j] = Math.max(0, after[j]);
            }
            double[] naive = inputs.calculator().compute(inputs.demand(), Supply.of(after)).apl();
            double[] before = inputs.calculator().compute(inputs.demand(), Supply.of(baseline.supply(p))).apl();
            NearestPractitioner.Result nearBefore = new NearestPractitioner(inputs.travelTimes()).compute(
                    baseline.supply(p), inputs.population(), null, NearestPractitioner.DEFAULT_THRESHOLDS);
            NearestPractitioner.Result nearAfter = new NearestPractitioner(inputs.travelTimes()).compute(after,
                    inputs.population(), null, NearestPractitioner.DEFAULT_THRESHOLDS);
            Map<String, CommuneRow> rows = new HashMap<>();
            o.communes().forEach(r -> rows.put(r.code(), r));
            for (int i = 0; i < inputs.size(); i++) {
                CommuneRow row = rows.get(inputs.code(i));
                double tolerance = 1e-9 * Math.max(1, Math.abs(naive[i] * scale));
                if (row == null) {
                    assertThat(naive[i] * scale).as(context + ": unlisted commune " + inputs.code(i))
                            .isCloseTo(before[i] * scale, within(tolerance));
                    assertThat(nearAfter.minutes()[i]).as(context + ": time of unlisted " + inputs.code(i))
                            .isEqualTo(nearBefore.minutes()[i]);
                } else {
                    assertThat(row.aplAfter()).as(context + ": " + inputs.code(i)).isCloseTo(naive[i] * scale,
                            within(tolerance));
                    assertThat(row.aplBefore()).isCloseTo(before[i] * scale, within(tolerance));
                    // searched again around the changed communes only: the same time, up to the order of a
                    // sum and the travel table's float precision (a full recompute reads times from it)
                    if (Double.isFinite(nearAfter.minutes()[i])) {
                        assertThat(row.minutesAfter()).as(context + ": time of " + inputs.code(i))
                                .isCloseTo(nearAfter.minutes()[i], within(1e-5));
                    } else {
                        assertThat(row.minutesAfter()).as(context + ": time of " + inputs.code(i)).isNull();
                    }
                }
            }
            assertThat(o.summary().beyondAfter()).as(context).containsExactly(nearAfter.populationBeyond());
        }
    }
}
