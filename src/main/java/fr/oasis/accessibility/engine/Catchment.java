package fr.oasis.accessibility.engine;

/**
 * The ordered commune pairs {@code (i, j)} with a travel time {@code t_ij} within a limit, as
 * compressed sparse rows: row {@code i} (the origin) holds the destinations
 * {@code targets[offsets[i] .. offsets[i+1]-1]} and their times in {@code minutes}, same indices.
 *
 * <p>Row {@code i} always contains {@code (i, 0.0)}. Rows are not necessarily sorted. Times are
 * minutes, finite, {@code >= 0} and {@code <= maxMinutes()}. A pair absent from the catchment is
 * unreachable within the limit. Memory is 12 bytes per pair plus 4 per commune.
 *
 * <p>Immutable by convention: the accessors return the internal arrays without copying, for hot
 * loops; callers must not modify them. Thread-safe for reading.
 */
public final class Catchment {

    private final int[] offsets;
    private final int[] targets;
    private final double[] minutes;
    private final double maxMinutes;
    private final String description;
    private final boolean symmetric;

    /** An asymmetric catchment (no claim that {@code t_ij = t_ji}); see the full constructor. */
    public Catchment(int[] offsets, int[] targets, double[] minutes, double maxMinutes, String description) {
        this(offsets, targets, minutes, maxMinutes, description, false);
    }

    /**
     * @param offsets     length {@code n + 1}, non-decreasing, {@code offsets[0] = 0}
     * @param targets     destination of each pair, length {@code offsets[n]}
     * @param minutes     travel time of each pair
     * @param maxMinutes  the limit the pairs were selected with
     * @param description how the times were obtained (for explanations)
     * @param symmetric   true only if {@code (j, t)} in row {@code i} implies {@code (i, t)} in row
     *                    {@code j} with the very same {@code t}: then the catchment is its own
     *                    transpose and computations may gather instead of scatter
     */
    public Catchment(int[] offsets, int[] targets, double[] minutes, double maxMinutes, String description,
                     boolean symmetric) {
        if (offsets.length == 0 || offsets[0] != 0 || offsets[offsets.length - 1] != targets.length
                || targets.length != minutes.length) {
            throw new IllegalArgumentException("catchment: inconsistent compressed rows");
        }
        this.offsets = offsets;
        this.targets = targets;
        this.minutes = minutes;
        this.maxMinutes = maxMinutes;
        this.description = description;
        this.symmetric = symmetric;
    }

    /** Whether {@code t_ij = t_ji} bit for bit, with the same pairs in both directions. */
    public boolean isSymmetric() {
        return symmetric;
    }

    /** Number of communes (rows). */
    public int size() {
        return offsets.length - 1;
    }

    /** Number of ordered pairs, diagonal included. */
    public int pairCount() {
        return targets.length;
    }

    public int[] offsets() {
        return offsets;
    }

    public int[] targets() {
        return targets;
    }

    public double[] minutes() {
        return minutes;
    }

    public double maxMinutes() {
        return maxMinutes;
    }

    public String description() {
        return description;
    }

    /**
     * The same pairs indexed by destination: row {@code j} of the result lists the origins
     * {@code i} with their {@code t_ij}. Needed to walk "everyone reaching j" when times are
     * asymmetric. O(n + pairs) by counting sort; keeps the origin order within each row.
     */
    public Catchment transpose() {
        if (symmetric) {
            return this;
        }
        int n = size();
        int[] tOffsets = new int[n + 1];
        for (int target : targets) {
            tOffsets[target + 1]++;
        }
        for (int j = 0; j < n; j++) {
            tOffsets[j + 1] += tOffsets[j];
        }
        int[] next = java.util.Arrays.copyOf(tOffsets, n);
        int[] origins = new int[targets.length];
        double[] tMinutes = new double[targets.length];
        for (int i = 0; i < n; i++) {
            for (int p = offsets[i]; p < offsets[i + 1]; p++) {
                int slot = next[targets[p]]++;
                origins[slot] = i;
                tMinutes[slot] = minutes[p];
            }
        }
        return new Catchment(tOffsets, origins, tMinutes, maxMinutes, description + " (transposed)");
    }
}
