package fr.oasis.accessibility.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Several changes at once ({@link AplScenario#changeSupplies}) on several professions (one
 * scenario each over one shared transposed catchment) must equal a naive full recomputation of
 * the changed supplies, report every commune that moved, and leave the base untouched. The time
 * to the nearest practitioner after the changes, through {@link NearestPractitioner}, must equal
 * a brute-force minimum over all pairs. Seeds are in the failure messages.
 */
class AplScenarioBatchTest {

    @ParameterizedTest
    @ValueSource(longs = {1501, 1502, 1503, 1504, 1505, 1506})
    void batchesOfChangesOnSeveralProfessionsEqualAFullRecomputation(long seed) {
        RandomInstance instance = RandomInstance.generate(seed, 160);
        Random random = new Random(seed * 31);
        int n = instance.size();
        CrowFlyTravelTime times = new CrowFlyTravelTime(instance.lon, instance.lat);
        Catchment catchment = times.catchment(20);
        Catchment reaching = catchment.transpose();
        AplCalculator calculator = new AplCalculator(catchment, StepWeights.drees());
        for (int profession = 0; profession < 3; profession++) {
            double[] supply = profession == 0 ? instance.supply.clone() : randomSupply(random, n);
            AplResult base = calculator.compute(instance.demand(), Supply.of(supply));
            double[] baseApl = base.apl().clone();
            AplScenario scenario = AplScenario.onTransposed(reaching, base);
            int k = 1 + random.nextInt(8);
            int[] communes = new int[k];
            double[] deltas = new double[k];
            double[] expectedSupply = supply.clone();
            for (int c = 0; c < k; c++) {
                communes[c] = c > 0 && random.nextBoolean() ? communes[c - 1] : random.nextInt(n); // repeats
                double removable = expectedSupply[communes[c]];
                deltas[c] = random.nextDouble() < 0.4 ? -removable * (random.nextBoolean() ? 1 : random.nextDouble())
                        : 1000 + random.nextInt(5000);
                expectedSupply[communes[c]] += deltas[c];
            }
            String context = "seed " + seed + ", profession " + profession + ", changes "
                    + Arrays.toString(communes) + " " + Arrays.toString(deltas);
            int[] touched = scenario.changeSupplies(communes, deltas);
            double[] expected = calculator.compute(instance.demand(), Supply.of(clamp(expectedSupply))).apl();
            for (int i = 0; i < n; i++) {
                if (Math.abs(expected[i] - scenario.apl(i)) > 1e-9 * Math.abs(expected[i]) + 1e-12 * max(expected)) {
                    fail(context + ": commune " + i + " expected " + expected[i] + " but was " + scenario.apl(i));
                }
                boolean moved = Math.abs(expected[i] - baseApl[i]) > 1e-9 * Math.abs(expected[i]) + 1e-12 * max(expected);
                if (moved && Arrays.binarySearch(touched, i) < 0) {
                    fail(context + ": commune " + i + " moved but was not reported");
                }
            }
            assertThat(base.apl()).as(context + ": the base is not modified").containsExactly(baseApl);
            scenario.result().checkInvariants();
            assertNearestMatchesBruteForce(times, scenario, n, context);
        }
    }

    private static void assertNearestMatchesBruteForce(CrowFlyTravelTime times, AplScenario scenario, int n,
                                                       String context) {
        double[] after = new double[n];
        double[] population = new double[n];
        for (int j = 0; j < n; j++) {
            after[j] = scenario.supply(j);
            population[j] = 1;
        }
        NearestPractitioner.Result nearest = new NearestPractitioner(times).compute(after, population, null,
                NearestPractitioner.DEFAULT_THRESHOLDS);
        for (int i = 0; i < n; i++) {
            double best = TravelTimeModel.UNREACHED;
            for (int j = 0; j < n; j++) {
                if (after[j] > 0) {
                    best = Math.min(best, times.minutes(i, j));
                }
            }
            assertThat(nearest.minutes()[i]).as(context + ": nearest of commune " + i).isCloseTo(best,
                    org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    @Test
    void aBatchThatWouldMakeASupplyNegativeChangesNothing() {
        RandomInstance instance = RandomInstance.generate(7, 60);
        Catchment catchment = new CrowFlyTravelTime(instance.lon, instance.lat).catchment(20);
        AplResult base = new AplCalculator(catchment, StepWeights.drees()).compute(instance.demand(),
                Supply.of(instance.supply));
        AplScenario scenario = AplScenario.onTransposed(catchment.transpose(), base);
        int j = 0;
        while (instance.supply[j] == 0) {
            j++;
        }
        int other = (j + 1) % instance.size();
        double[] before = scenario.result().apl();
        int jj = j;
        assertThatThrownBy(() -> scenario.changeSupplies(new int[] {other, jj, jj},
                new double[] {500, -instance.supply[jj], -1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("commune " + j);
        assertThat(scenario.result().apl()).containsExactly(before);
        assertThat(scenario.supply(other)).isEqualTo(instance.supply[other]);
    }

    @Test
    void aTransposedCatchmentOfAnotherSizeIsRefused() {
        RandomInstance instance = RandomInstance.generate(8, 40);
        Catchment catchment = new CrowFlyTravelTime(instance.lon, instance.lat).catchment(20);
        AplResult base = new AplCalculator(catchment, StepWeights.drees()).compute(instance.demand(),
                Supply.of(instance.supply));
        Catchment smaller = new CrowFlyTravelTime(Arrays.copyOf(instance.lon, 10), Arrays.copyOf(instance.lat, 10))
                .catchment(20);
        assertThatThrownBy(() -> AplScenario.onTransposed(smaller, base)).isInstanceOf(IllegalArgumentException.class);
    }

    private static double[] randomSupply(Random random, int n) {
        double[] s = new double[n];
        for (int j = 0; j < n; j++) {
            s[j] = random.nextDouble() < 0.25 ? 500 + random.nextInt(4000) : 0;
        }
        return s;
    }

    private static double[] clamp(double[] s) {
        double[] c = s.clone();
        for (int j = 0; j < c.length; j++) {
            c[j] = Math.max(0, c[j]);
        }
        return c;
    }

    private static double max(double[] a) {
        return Arrays.stream(a).max().orElse(0);
    }
}
