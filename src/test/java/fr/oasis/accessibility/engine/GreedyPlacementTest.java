package fr.oasis.accessibility.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The greedy placement against a naive reference that, at every step, tries every allowed
 * commune with a full APL recomputation ({@link AplCalculator}) and the objective summed over
 * every commune; on seeded random territories (seed in every message).
 */
class GreedyPlacementTest {

    @ParameterizedTest
    @ValueSource(longs = {901, 902, 903, 904, 905, 906, 907, 908, 909, 910})
    void picksTheSameCommunesWithTheSameGainsAsBruteForce(long seed) {
        RandomInstance instance = RandomInstance.generate(seed, 150);
        Random random = new Random(seed);
        Catchment catchment = new CrowFlyTravelTime(instance.lon, instance.lat).catchment(20);
        AplCalculator calculator = new AplCalculator(catchment, StepWeights.drees());
        AplResult base = calculator.compute(instance.demand(), Supply.of(instance.supply));
        double[] population = population(instance);
        double threshold = median(base.apl());
        double each = 2000 + random.nextInt(4000);
        boolean[] candidates = null;
        if (seed % 2 == 0) {
            candidates = new boolean[instance.size()];
            for (int j = 0; j < candidates.length; j++) {
                candidates[j] = random.nextDouble() < 0.4;
            }
        }
        for (GreedyPlacement.Objective objective : GreedyPlacement.Objective.values()) {
            int k = 1 + random.nextInt(5);
            GreedyPlacement.Result fast = new GreedyPlacement(catchment, base, population)
                    .place(each, k, threshold, objective, candidates, () -> false);
            List<double[]> naive = naive(calculator, instance, population, each, k, threshold, objective, candidates);
            String context = "seed " + seed + ", " + objective + ", k " + k;
            assertThat(fast.steps()).as(context).hasSize(naive.size());
            for (int s = 0; s < naive.size(); s++) {
                GreedyPlacement.Step step = fast.steps().get(s);
                assertThat(step.commune()).as(context + ", step " + s).isEqualTo((int) naive.get(s)[0]);
                assertThat(step.gain()).as(context + ", step " + s).isCloseTo(naive.get(s)[1], within(naive.get(s)[1]));
                assertThat(step.objectiveAfter()).as(context + ", step " + s)
                        .isCloseTo(naive.get(s)[2], within(naive.get(s)[2]));
                if (candidates != null) {
                    assertThat(candidates[step.commune()]).as(context).isTrue();
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {911, 912, 913})
    void aSearchPastItsDeadlineStops(long seed) {
        RandomInstance instance = RandomInstance.generate(seed, 80);
        Catchment catchment = new CrowFlyTravelTime(instance.lon, instance.lat).catchment(20);
        AplResult base = new AplCalculator(catchment, StepWeights.drees()).compute(instance.demand(),
                Supply.of(instance.supply));
        GreedyPlacement placement = new GreedyPlacement(catchment, base, population(instance));
        assertThatThrownBy(() -> placement.place(3000, 3, median(base.apl()) * 10,
                GreedyPlacement.Objective.WEIGHTED_DEFICIT, null, () -> true)).isInstanceOf(IllegalStateException.class);
    }

    private static org.assertj.core.data.Offset<Double> within(double value) {
        return org.assertj.core.api.Assertions.within(1e-9 * Math.max(1, Math.abs(value)));
    }

    /** Each step: [commune, gain, objective after]; ties broken by deficit gain, then lowest index. */
    private static List<double[]> naive(AplCalculator calculator, RandomInstance instance, double[] population,
                                        double each, int k, double threshold, GreedyPlacement.Objective objective,
                                        boolean[] candidates) {
        double[] supply = instance.supply.clone();
        List<double[]> steps = new ArrayList<>();
        for (int s = 0; s < k; s++) {
            double[] now = calculator.compute(instance.demand(), Supply.of(supply)).apl();
            double current = objective(now, population, threshold, objective);
            double currentDeficit = objective(now, population, threshold, GreedyPlacement.Objective.WEIGHTED_DEFICIT);
            int best = -1;
            double bestGain = 0;
            double bestDeficit = 0;
            double bestAfter = 0;
            for (int j = 0; j < supply.length; j++) {
                if (candidates != null && !candidates[j]) {
                    continue;
                }
                supply[j] += each;
                double[] apl = calculator.compute(instance.demand(), Supply.of(supply)).apl();
                supply[j] -= each;
                double after = objective(apl, population, threshold, objective);
                double gain = current - after;
                double deficit = currentDeficit
                        - objective(apl, population, threshold, GreedyPlacement.Objective.WEIGHTED_DEFICIT);
                if (deficit <= 1e-9 * Math.max(1, currentDeficit)) {
                    continue; // reaches nobody below the threshold
                }
                double tolerance = 1e-9 * Math.max(1, Math.abs(current));
                if (best < 0 || gain > bestGain + tolerance
                        || (Math.abs(gain - bestGain) <= tolerance && deficit > bestDeficit + 1e-9 * currentDeficit)) {
                    best = j;
                    bestGain = gain;
                    bestDeficit = deficit;
                    bestAfter = after;
                }
            }
            if (best < 0) {
                break;
            }
            supply[best] += each;
            steps.add(new double[]{best, bestGain, bestAfter});
        }
        return steps;
    }

    private static double objective(double[] apl, double[] population, double threshold,
                                    GreedyPlacement.Objective objective) {
        double sum = 0;
        for (int i = 0; i < apl.length; i++) {
            if (apl[i] < threshold) {
                sum += objective == GreedyPlacement.Objective.POPULATION_BELOW ? population[i]
                        : population[i] * (threshold - apl[i]);
            }
        }
        return sum;
    }

    private static double[] population(RandomInstance instance) {
        double[] population = new double[instance.size()];
        for (int b = 0; b < Demand.BAND_COUNT; b++) {
            for (int i = 0; i < population.length; i++) {
                population[i] += instance.bands[b][i];
            }
        }
        return population;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return Math.max(1e-6, sorted[sorted.length / 2]);
    }
}
