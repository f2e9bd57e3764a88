package fr.oasis.demo;

import java.util.Random;

/**
 * Invents a commune's population and its split into the six census age bands.
 * <p>
 * Sizes are heavy-tailed as in rural France: a few small towns of 5,000–20,000 inhabitants, some
 * bourgs of 800–3,000, and mostly villages of 50–800, each drawn log-uniformly. Villages are
 * older than towns: the age profile moves from {@link #TOWN} to {@link #VILLAGE} as the
 * population shrinks, then each band is jittered by up to ±15 % so that no two communes
 * share a profile. Bands are whole persons and sum exactly to the total. {@link StrictMath} is
 * used because {@link Math#log} may differ in the last bit between JVMs, and the demo must not.
 * <p>
 * Thread-safety: stateless; the caller's {@link Random} is not thread-safe.
 */
final class DemoPopulation {

    /** Shares of 0-14, 15-29, 30-44, 45-59, 60-74, 75+ in a small town. */
    static final double[] TOWN = {0.18, 0.19, 0.19, 0.19, 0.15, 0.10};
    /** The same in a small village: fewer young adults, more people over 60. */
    static final double[] VILLAGE = {0.14, 0.11, 0.15, 0.21, 0.23, 0.16};

    private static final double SMALLEST = 50;
    private static final double LARGEST = 20_000;

    enum Size { TOWN, BOURG, VILLAGE }

    private DemoPopulation() {
    }

    static int total(Size size, Random random) {
        return switch (size) {
            case TOWN -> logUniform(5_000, LARGEST, random);
            case BOURG -> logUniform(800, 3_000, random);
            case VILLAGE -> logUniform(SMALLEST, 800, random);
        };
    }

    /** A département's city of the national demonstration: 30,000 to 250,000, log-uniformly. */
    static int city(Random random) {
        return logUniform(30_000, 250_000, random);
    }

    static double[] bands(int total, Random random) {
        double urban = StrictMath.log(total / SMALLEST) / StrictMath.log(LARGEST / SMALLEST);
        urban = Math.max(0, Math.min(1, urban));
        double[] shares = new double[TOWN.length];
        double sum = 0;
        for (int b = 0; b < shares.length; b++) {
            double mixed = urban * TOWN[b] + (1 - urban) * VILLAGE[b];
            shares[b] = mixed * (0.85 + 0.3 * random.nextDouble());
            sum += shares[b];
        }
        double[] bands = new double[shares.length];
        double assigned = 0;
        for (int b = 0; b < bands.length - 1; b++) {
            bands[b] = Math.floor(total * shares[b] / sum);
            assigned += bands[b];
        }
        // The oldest band takes the rounding remainder; flooring guarantees it is non-negative.
        bands[bands.length - 1] = total - assigned;
        return bands;
    }

    private static int logUniform(double low, double high, Random random) {
        return (int) Math.round(StrictMath.exp(StrictMath.log(low) + random.nextDouble() * StrictMath.log(high / low)));
    }
}
