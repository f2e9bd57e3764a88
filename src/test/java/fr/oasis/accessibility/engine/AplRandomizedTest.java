package fr.oasis.accessibility.engine;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Random;

/** The fast path against {@link NaiveApl} on seeded random territories; the seed is in every failure. */
class AplRandomizedTest {

    private static final String[] STEPS = {"10:1,15:0.66,20:0.33", "5:1", "20:1,40:0.5,60:0.25", "10:1,20:1,30:0"};

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void crowFlyMatchesNaiveReference(long seed) {
        RandomInstance instance = RandomInstance.generate(seed, 60 + (int) (seed * 37 % 300));
        Random random = new Random(seed);
        String steps = STEPS[(int) (seed % STEPS.length)];
        double detour = 1 + random.nextDouble();
        double speed = 30 + 60 * random.nextDouble();
        StepWeights weights = StepWeights.parse(steps);
        double[] bounds = parseBounds(steps);
        double[] w = parseWeights(steps);

        AplResult fast = AplCalculator.compute(new CrowFlyTravelTime(instance.lon, instance.lat, detour, speed),
                weights, instance.demand(), Supply.of(instance.supply)).checkInvariants();
        double[] expected = NaiveApl.apl(NaiveApl.crowFlyMinutes(instance.lon, instance.lat, detour, speed),
                instance.demand().values(), instance.supply, bounds, w);

        Tolerance.assertAllClose(expected, fast.apl(), "seed " + seed + ", steps " + steps + ", detour " + detour
                + ", speed " + speed);
    }

    /** Asymmetric sparse matrices with times exactly on the step bounds (bounds are inclusive). */
    @ParameterizedTest
    @ValueSource(longs = {21, 22, 23, 24, 25, 26})
    void odMatrixMatchesNaiveReference(long seed) {
        Random random = new Random(seed);
        int n = 20 + random.nextInt(80);
        double[] onBounds = {0, 3, 10, 10.000001, 15, 15.5, 20, 20.000001, 35};
        double[][] t = new double[n][n];
        int entries = 0;
        int[] origins = new int[n * n];
        int[] destinations = new int[n * n];
        double[] minutes = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                t[i][j] = i == j ? 0 : Double.POSITIVE_INFINITY;
                if (i != j && random.nextDouble() < 0.4) {
                    t[i][j] = random.nextBoolean() ? onBounds[random.nextInt(onBounds.length)] : 25 * random.nextDouble();
                    origins[entries] = i;
                    destinations[entries] = j;
                    minutes[entries++] = t[i][j];
                }
            }
        }
        double[] demand = new double[n];
        double[] supply = new double[n];
        for (int i = 0; i < n; i++) {
            demand[i] = random.nextDouble() < 0.15 ? 0 : random.nextInt(5000);
            supply[i] = random.nextDouble() < 0.4 ? random.nextInt(9000) : 0;
        }
        OdMatrixTravelTime times = new OdMatrixTravelTime(n, java.util.Arrays.copyOf(origins, entries),
                java.util.Arrays.copyOf(destinations, entries), java.util.Arrays.copyOf(minutes, entries));
        AplResult fast = AplCalculator.compute(times, StepWeights.drees(), Demand.unstandardised(demand),
                Supply.of(supply)).checkInvariants();
        double[] expected = NaiveApl.apl(t, demand, supply, new double[] {10, 15, 20}, new double[] {1, 0.66, 0.33});
        Tolerance.assertAllClose(expected, fast.apl(), "seed " + seed + " (od matrix, " + n + " communes)");
    }

    static double[] parseBounds(String steps) {
        return java.util.Arrays.stream(steps.split(",")).mapToDouble(s -> Double.parseDouble(s.split(":")[0])).toArray();
    }

    static double[] parseWeights(String steps) {
        return java.util.Arrays.stream(steps.split(",")).mapToDouble(s -> Double.parseDouble(s.split(":")[1])).toArray();
    }
}
