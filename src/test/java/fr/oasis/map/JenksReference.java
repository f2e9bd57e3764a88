package fr.oasis.map;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * A brute-force reference for Jenks natural breaks: every way of cutting a small sorted sample
 * into three contiguous classes, and the least total within-class sum of squared deviations.
 */
final class JenksReference {
    static final long SEED = 20_261_125L;
    /** 14 values with two-decimal ties, from {@link #SEED}. */
    static final List<Double> SAMPLE = sample();

    private JenksReference() {
    }

    private static List<Double> sample() {
        Random random = new Random(SEED);
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            values.add(Math.round(random.nextGaussian() * 300 + (i % 3) * 400) / 100.0);
        }
        return List.copyOf(values);
    }

    private static double[] sorted() {
        return SAMPLE.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    private static double deviation(double[] x, int from, int to) {
        double mean = Arrays.stream(x, from, to).average().orElse(0);
        return Arrays.stream(x, from, to).map(v -> (v - mean) * (v - mean)).sum();
    }

    /** The least cost over all cuts into {@code classes} (2 or 3) non-empty contiguous classes. */
    static double optimalCost(int classes) {
        double[] x = sorted();
        double best = Double.POSITIVE_INFINITY;
        for (int i = 1; i < x.length; i++) {
            if (classes == 2) {
                best = Math.min(best, deviation(x, 0, i) + deviation(x, i, x.length));
                continue;
            }
            for (int j = i + 1; j < x.length; j++) {
                best = Math.min(best, deviation(x, 0, i) + deviation(x, i, j) + deviation(x, j, x.length));
            }
        }
        return best;
    }

    /** The cost of the classes the thresholds make (v in class i when thresholds[i-1] <= v < thresholds[i]). */
    static double cost(List<Double> thresholds) {
        double[] x = sorted();
        double total = 0;
        int from = 0;
        for (double threshold : thresholds) {
            int to = from;
            while (to < x.length && x[to] < threshold) {
                to++;
            }
            total += deviation(x, from, to);
            from = to;
        }
        return total + deviation(x, from, x.length);
    }
}
