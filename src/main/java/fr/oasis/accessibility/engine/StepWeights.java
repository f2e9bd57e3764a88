package fr.oasis.accessibility.engine;

import java.util.Arrays;
import java.util.Locale;

/**
 * A decreasing step function of travel time: {@code W(t) = w_k} for the first step whose upper
 * bound {@code b_k} satisfies {@code t <= b_k} (bounds inclusive), and 0 beyond the last step.
 * The DREES default {@code "10:1,15:0.66,20:0.33"} gives 1 up to 10 minutes, 0.66 up to 15,
 * 0.33 up to 20, then nothing.
 *
 * <p>Contract: bounds strictly increasing, finite, {@code >= 0}; weights in {@code [0, 1]},
 * non-increasing, at least one positive. {@link #zeroPoint()} is the time beyond which the weight
 * is 0, so catchments stop there. {@code W(UNREACHED) = 0}, {@code W(NaN) = 0}. Immutable and
 * thread-safe; {@link #weight} is called once per commune pair, allocation-free.
 */
public final class StepWeights {

    private final double[] upperBounds;
    private final double[] weights;

    private StepWeights(double[] upperBounds, double[] weights) {
        this.upperBounds = upperBounds;
        this.weights = weights;
    }

    /** The DREES default: 10 min → 1, 15 min → 0.66, 20 min → 0.33. */
    public static StepWeights drees() {
        return parse("10:1,15:0.66,20:0.33");
    }

    /** Parses {@code "bound:weight,bound:weight,..."}, minutes and weights as decimals. */
    public static StepWeights parse(String spec) {
        if (spec == null || spec.isBlank()) {
            throw new IllegalArgumentException("steps: empty, expected e.g. 10:1,15:0.66,20:0.33");
        }
        String[] items = spec.split(",");
        double[] bounds = new double[items.length];
        double[] weights = new double[items.length];
        for (int k = 0; k < items.length; k++) {
            String[] pair = items[k].trim().split(":");
            if (pair.length != 2) {
                throw new IllegalArgumentException("steps: '" + items[k] + "' is not minutes:weight");
            }
            try {
                bounds[k] = Double.parseDouble(pair[0].trim());
                weights[k] = Double.parseDouble(pair[1].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("steps: '" + items[k] + "' is not minutes:weight");
            }
        }
        return of(bounds, weights);
    }

    /** Steps from parallel arrays (copied), validated as described in the class comment. */
    public static StepWeights of(double[] upperBounds, double[] weights) {
        if (upperBounds.length == 0 || upperBounds.length != weights.length) {
            throw new IllegalArgumentException("steps: need as many bounds as weights, at least one");
        }
        boolean positive = false;
        for (int k = 0; k < upperBounds.length; k++) {
            double b = upperBounds[k];
            double w = weights[k];
            if (!(b >= 0) || Double.isInfinite(b) || (k > 0 && !(b > upperBounds[k - 1]))) {
                throw new IllegalArgumentException("steps: bounds must be finite, >= 0 and strictly increasing, got "
                        + Arrays.toString(upperBounds));
            }
            if (!(w >= 0 && w <= 1) || (k > 0 && w > weights[k - 1])) {
                throw new IllegalArgumentException("steps: weights must be in [0, 1] and non-increasing, got "
                        + Arrays.toString(weights));
            }
            positive |= w > 0;
        }
        if (!positive) {
            throw new IllegalArgumentException("steps: at least one weight must be positive");
        }
        return new StepWeights(upperBounds.clone(), weights.clone());
    }

    /** Weight of a travel time in minutes; 0 beyond the zero point, for UNREACHED and NaN. */
    public double weight(double minutes) {
        for (int k = 0; k < upperBounds.length; k++) {
            if (minutes <= upperBounds[k]) {
                return weights[k];
            }
        }
        return 0.0;
    }

    /** Largest time (minutes) with a positive weight: pairs beyond it never count. */
    public double zeroPoint() {
        int k = weights.length - 1;
        while (weights[k] == 0) {
            k--;
        }
        return upperBounds[k];
    }

    /** Canonical form, parseable by {@link #parse}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < upperBounds.length; k++) {
            sb.append(k == 0 ? "" : ",").append(format(upperBounds[k])).append(':').append(format(weights[k]));
        }
        return sb.toString();
    }

    private static String format(double x) {
        return x == Math.rint(x) ? Long.toString((long) x) : String.format(Locale.ROOT, "%s", x);
    }
}
