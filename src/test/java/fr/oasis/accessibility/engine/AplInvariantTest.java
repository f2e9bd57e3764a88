package fr.oasis.accessibility.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Conservation and monotonicity over random territories and parameter sweeps. */
class AplInvariantTest {

    private static final String[] STEPS = {"10:1,15:0.66,20:0.33", "5:1", "30:1,45:0.5,60:0.25", "10:1,20:0.5"};
    private static final double[] DETOURS = {1.0, 1.3, 2.0};
    private static final double[] SPEEDS = {30, 60, 90};

    @ParameterizedTest
    @ValueSource(longs = {101, 102, 103, 104, 105})
    void conservationHoldsForEveryParameterSet(long seed) {
        RandomInstance instance = RandomInstance.generate(seed, 250);
        for (String steps : STEPS) {
            for (double detour : DETOURS) {
                for (double speed : SPEEDS) {
                    AplResult result = AplCalculator.compute(new CrowFlyTravelTime(instance.lon, instance.lat, detour, speed),
                            StepWeights.parse(steps), instance.demand(), Supply.of(instance.supply));
                    try {
                        result.checkInvariants();
                    } catch (IllegalStateException e) {
                        throw new AssertionError("seed " + seed + ", steps " + steps + ", detour " + detour
                                + ", speed " + speed + ": " + e.getMessage(), e);
                    }
                    // the isolated commune's supply reaches nobody: it must be accounted for
                    assertTrue(result.unservedSupply() >= 4000, "seed " + seed + ": unserved " + result.unservedSupply());
                }
            }
        }
    }

    @Test
    void brokenConservationIsDetected() {
        RandomInstance instance = RandomInstance.generate(7, 100);
        AplResult good = AplCalculator.compute(new CrowFlyTravelTime(instance.lon, instance.lat), StepWeights.drees(),
                instance.demand(), Supply.of(instance.supply)).checkInvariants();
        double[] apl = good.apl().clone();
        apl[0] *= 1.001;
        AplResult tampered = new AplResult(apl, good.ratio(), good.reachedDemand(), good.demand(), good.supply(),
                good.steps(), good.travelTime(), good.pairs(), good.unservedSupplyCommunes(), good.unservedSupply());
        assertThatThrownBy(tampered::checkInvariants).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("conservation");
    }

    @ParameterizedTest
    @ValueSource(longs = {201, 202, 203, 204, 205, 206})
    void addingAPractitionerNeverLowersAnyApl(long seed) {
        RandomInstance instance = RandomInstance.generate(seed, 200);
        Random random = new Random(seed);
        CrowFlyTravelTime times = new CrowFlyTravelTime(instance.lon, instance.lat);
        AplCalculator calculator = new AplCalculator(times.catchment(20), StepWeights.drees());
        double[] before = calculator.compute(instance.demand(), Supply.of(instance.supply)).apl();
        double[] more = instance.supply.clone();
        more[random.nextInt(more.length)] += 1000 + random.nextInt(5000);
        double[] after = calculator.compute(instance.demand(), Supply.of(more)).apl();
        for (int i = 0; i < before.length; i++) {
            assertTrue(after[i] >= before[i] * (1 - 1e-12), "seed " + seed + ", commune " + i + ": "
                    + before[i] + " -> " + after[i]);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {301, 302, 303, 304, 305, 306})
    void addingPopulationNeverRaisesAnyApl(long seed) {
        RandomInstance instance = RandomInstance.generate(seed, 200);
        Random random = new Random(seed);
        CrowFlyTravelTime times = new CrowFlyTravelTime(instance.lon, instance.lat);
        AplCalculator calculator = new AplCalculator(times.catchment(20), StepWeights.drees());
        Supply supply = Supply.of(instance.supply);
        double[] before = calculator.compute(instance.demand(), supply).apl();
        double[][] bands = new double[Demand.BAND_COUNT][];
        for (int b = 0; b < bands.length; b++) {
            bands[b] = instance.bands[b].clone();
        }
        bands[random.nextInt(Demand.BAND_COUNT)][random.nextInt(instance.size() - 2)] += 100 + random.nextInt(3000);
        double[] after = calculator.compute(Demand.standardised(bands, Demand.defaultAgeWeights()), supply).apl();
        for (int i = 0; i < before.length; i++) {
            assertTrue(after[i] <= before[i] * (1 + 1e-12), "seed " + seed + ", commune " + i + ": "
                    + before[i] + " -> " + after[i]);
        }
    }
}
