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

    /**
     * Times towards one commune: {@code minutes[i] = t_is} at least for every commune {@code i}
     * with {@code t_is <= bound} (the others may be left {@link #UNREACHED}), for updating the time
     * to the nearest when {@code s} gains a practitioner. The default runs {@link #nearest} from
     * {@code s} alone (exact everywhere); a model with a graph search stops at the bound.
     *
     * @param minutes output, length {@code size()}
     */
    default void towards(int source, double bound, double[] minutes) {
        nearest(new int[] {source}, minutes, new int[size()]);
    }

    /**
     * For each commune {@code from[k]}, the nearest commune marked in {@code isSource} (by
     * {@code t_{from[k], s}}) and the time to it, {@link #UNREACHED} and -1 when none can be
     * reached: the times that can move when communes lose their last practitioner. The default
     * runs one {@link #nearest} over every marked commune; a graph search stops at the first.
     *
     * @param minutes output, length {@code from.length}
     * @param nearest output, length {@code from.length}
     */
    default void nearestFrom(int[] from, boolean[] isSource, double[] minutes, int[] nearest) {
        int count = 0;
        for (boolean s : isSource) {
            count += s ? 1 : 0;
        }
        int[] sources = new int[count];
        for (int j = 0, k = 0; j < isSource.length; j++) {
            if (isSource[j]) {
                sources[k++] = j;
            }
        }
        double[] all = new double[size()];
        int[] which = new int[size()];
        nearest(sources, all, which);
        for (int k = 0; k < from.length; k++) {
            minutes[k] = all[from[k]];
            nearest[k] = which[from[k]];
        }
    }

    /** One line saying how times are obtained, with parameters, so results can be explained. */
    String describe();
}
