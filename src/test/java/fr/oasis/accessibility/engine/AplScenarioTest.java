package fr.oasis.accessibility.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Incremental supply changes must equal a full recomputation, and touch only the catchment. */
class AplScenarioTest {

    @ParameterizedTest
    @ValueSource(longs = {401, 402, 403, 404, 405, 406, 407, 408})
    void incrementalUpdateEqualsFullRecomputation(long seed) {
        RandomInstance instance = RandomInstance.generate(seed, 180);
        Random random = new Random(seed);
        Catchment catchment = new CrowFlyTravelTime(instance.lon, instance.lat).catchment(20);
        AplCalculator calculator = new AplCalculator(catchment, StepWeights.drees());
        AplScenario scenario = new AplScenario(catchment, calculator.compute(instance.demand(), Supply.of(instance.supply)));
        double[] supply = instance.supply.clone();
        int n = instance.size();
        for (int step = 0; step < 25; step++) {
            int j = step == 0 ? n - 2 : random.nextInt(n); // first: the commune whose supply reaches nobody
            double delta = random.nextDouble() < 0.3 ? -supply[j] : random.nextInt(6000) - 1000;
            delta = Math.max(delta, -supply[j]);
            double[] before = expectedApl(calculator, instance, supply);
            List<AplChange> changes = scenario.changeSupply(j, delta);
            supply[j] += delta;
            double[] after = expectedApl(calculator, instance, supply);
            String context = "seed " + seed + ", step " + step + ", commune " + j + " supply " + delta;
            Set<Integer> changed = new HashSet<>();
            for (AplChange change : changes) {
                changed.add(change.commune());
                assertTrue(Tolerance.close(before[change.commune()], change.before()), context);
            }
            for (int i = 0; i < n; i++) {
                if (!closeEnough(after[i], scenario.apl(i), after)) {
                    fail(context + ": commune " + i + " expected " + after[i] + " but was " + scenario.apl(i));
                }
                if (!changed.contains(i) && !closeEnough(before[i], after[i], after)) {
                    fail(context + ": commune " + i + " changed but was not reported");
                }
            }
            int catchmentOfJ = catchment.transpose().offsets()[j + 1] - catchment.transpose().offsets()[j];
            assertThat(changes.size()).as(context).isLessThanOrEqualTo(catchmentOfJ);
        }
        scenario.result().checkInvariants();
    }

    /** Relative 1e-9, with an absolute floor scaled to the APL level: incremental sums cancel. */
    private static boolean closeEnough(double expected, double actual, double[] all) {
        double scale = 0;
        for (double a : all) {
            scale = Math.max(scale, a);
        }
        return Math.abs(expected - actual) <= 1e-9 * Math.abs(expected) + 1e-12 * scale;
    }

    private static double[] expectedApl(AplCalculator calculator, RandomInstance instance, double[] supply) {
        return calculator.compute(instance.demand(), Supply.of(supply)).apl();
    }

    @Test
    void negativeSupplyIsRejected() {
        RandomInstance instance = RandomInstance.generate(3, 50);
        Catchment catchment = new CrowFlyTravelTime(instance.lon, instance.lat).catchment(20);
        AplScenario scenario = new AplScenario(catchment, new AplCalculator(catchment, StepWeights.drees())
                .compute(instance.demand(), Supply.of(instance.supply)));
        assertThatThrownBy(() -> scenario.changeSupply(0, -instance.supply[0] - 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("commune 0");
    }
}
