package fr.oasis.accessibility.engine;

import java.util.List;

/**
 * Standardised demand per commune: {@code D_i = Σ_b a_b · pop_{i,b}} over six age bands
 * (0-14, 15-29, 30-44, 45-59, 60-74, 75+), the weights {@code a_b} being each band's relative
 * consumption of care (default {@code 0.80, 0.65, 0.80, 0.95, 1.30, 1.85}). Unit: standardised
 * inhabitants.
 *
 * <p>When the bands are unknown, {@link #unstandardised} uses the total population and the
 * demand says so ({@link #ageStandardised()} is false), a flag carried into every result.
 *
 * <p>Populations must be finite and {@code >= 0}, weights finite and {@code >= 0}, else
 * {@link IllegalArgumentException}. Immutable by convention ({@link #values()} is not copied),
 * thread-safe.
 */
public final class Demand {

    /** Number of age bands. */
    public static final int BAND_COUNT = 6;
    /** Age band labels, in band order. */
    public static final List<String> BAND_LABELS = List.of("0-14", "15-29", "30-44", "45-59", "60-74", "75+");
    /** Index of the 75+ band. */
    public static final int BAND_75_PLUS = 5;

    private static final double[] DEFAULT_AGE_WEIGHTS = {0.80, 0.65, 0.80, 0.95, 1.30, 1.85};

    private final double[] values;
    private final double[] ageWeights;

    private Demand(double[] values, double[] ageWeights) {
        this.values = values;
        this.ageWeights = ageWeights;
    }

    /** The DREES age weights (a fresh copy). */
    public static double[] defaultAgeWeights() {
        return DEFAULT_AGE_WEIGHTS.clone();
    }

    /**
     * @param populationByBand {@code [band][commune]}, six bands of equal length
     * @param ageWeights       six weights, one per band
     */
    public static Demand standardised(double[][] populationByBand, double[] ageWeights) {
        if (populationByBand.length != BAND_COUNT || ageWeights.length != BAND_COUNT) {
            throw new IllegalArgumentException("demand: need " + BAND_COUNT + " age bands and " + BAND_COUNT + " weights");
        }
        for (double a : ageWeights) {
            if (!(a >= 0) || Double.isInfinite(a)) {
                throw new IllegalArgumentException("demand: age weights must be finite and >= 0, got " + a);
            }
        }
        int n = populationByBand[0].length;
        double[] d = new double[n];
        for (int b = 0; b < BAND_COUNT; b++) {
            double[] pop = populationByBand[b];
            if (pop.length != n) {
                throw new IllegalArgumentException("demand: age band " + BAND_LABELS.get(b) + " has "
                        + pop.length + " communes, expected " + n);
            }
            for (int i = 0; i < n; i++) {
                checkPopulation(i, pop[i]);
                d[i] += ageWeights[b] * pop[i]; // band order: same sum as the contract's formula
            }
        }
        return new Demand(d, ageWeights.clone());
    }

    /** Demand equal to the total population, flagged as not age-standardised. */
    public static Demand unstandardised(double[] population) {
        for (int i = 0; i < population.length; i++) {
            checkPopulation(i, population[i]);
        }
        return new Demand(population.clone(), null);
    }

    private static void checkPopulation(int commune, double pop) {
        if (!(pop >= 0) || Double.isInfinite(pop)) {
            throw new IllegalArgumentException("demand: commune " + commune + " has population " + pop);
        }
    }

    /** Demand per commune (standardised inhabitants); not copied, do not modify. */
    public double[] values() {
        return values;
    }

    public int size() {
        return values.length;
    }

    public boolean ageStandardised() {
        return ageWeights != null;
    }

    /** The age weights used, or null when not age-standardised. */
    public double[] ageWeights() {
        return ageWeights == null ? null : ageWeights.clone();
    }

    public double total() {
        double sum = 0;
        for (double d : values) {
            sum += d;
        }
        return sum;
    }

    /** One line for explanations. */
    public String describe() {
        if (ageWeights == null) {
            return "demand = total population (NOT age-standardised: age bands unknown)";
        }
        StringBuilder sb = new StringBuilder("demand = age-standardised population, weights");
        for (int b = 0; b < BAND_COUNT; b++) {
            sb.append(' ').append(BAND_LABELS.get(b)).append(':').append(ageWeights[b]);
        }
        return sb.toString();
    }
}
