package fr.oasis.accessibility.engine;

/**
 * A source of travel times, in minutes, between the communes {@code 0..size()-1}, able to list
 * every ordered pair within a time limit as a {@link Catchment}.
 *
 * <p>Contract: {@code t_ii = 0}; times are finite and non-negative, or {@link #UNREACHED};
 * times may be asymmetric ({@code t_ij != t_ji}). Building a catchment must cost time linear in
 * the number of pairs returned (plus {@code n}), never {@code O(n²)} for a sparse result.
 * Implementations are immutable and thread-safe.
 */
public interface TravelTimeModel {

    /** Sentinel for "no path": larger than any limit, so every comparison {@code t <= limit} fails. */
    double UNREACHED = Double.POSITIVE_INFINITY;

    /** Number of communes (points) this model knows. */
    int size();

    /**
     * All ordered pairs {@code (i, j)} with {@code t_ij <= maxMinutes}, including {@code (i, i)}.
     *
     * @param maxMinutes limit in minutes, finite and {@code >= 0}; usually {@link StepWeights#zeroPoint()}
     */
    Catchment catchment(double maxMinutes);

    /**
     * For every commune {@code i}, the time to the nearest of the {@code sources}: the minimum over
     * {@code s} of {@code t_is} (from {@code i} towards {@code s}), <em>not</em> bounded by any
     * catchment limit, and which source attains it. A source is at 0 from itself. Where no
     * source can be reached, {@link #UNREACHED} and -1. Ties between sources are broken by each
     * model in its own deterministic way. Cost: linear in the model's data (a spatial or graph
     * search), never a scan of every pair.
     *
     * @param sources distinct commune indices (e.g. the communes with supply)
     * @param minutes output, length {@code size()}
     * @param nearest output, length {@code size()}
     */
    void nearest(int[] sources, double[] minutes, int[] nearest);

    /** One line saying how times are obtained, with parameters, so results can be explained. */
    String describe();
}
