package fr.oasis.accessibility.engine;

import java.util.Arrays;

/**
 * Travel times read from an origin-destination table (e.g. routed road times), possibly
 * asymmetric and sparse.
 *
 * <p>Pairs absent from the table are <em>not reachable</em> ({@link TravelTimeModel#UNREACHED}):
 * never read as 0 minutes. Their number is {@link #missingPairs()} (ordered pairs {@code i != j}
 * without an entry) and is part of {@link #describe()}, so a truncated matrix shows in every
 * result built on it. Entries on the diagonal are ignored: {@code t_ii = 0} by definition.
 * Duplicated pairs, negative, infinite or NaN times and indices out of range are rejected with
 * {@link IllegalArgumentException} naming the entry.
 *
 * <p>Memory: 12 bytes per entry. Building a catchment is linear in the entries. Immutable,
 * thread-safe.
 */
public final class OdMatrixTravelTime implements TravelTimeModel {

    private final int size;
    private final Catchment all;
    private final long missingPairs;
    private final int entryCount;

    /**
     * @param size        number of communes
     * @param origins     origin index of each entry
     * @param destinations destination index of each entry
     * @param minutes     travel time of each entry, finite and {@code >= 0}
     */
    public OdMatrixTravelTime(int size, int[] origins, int[] destinations, double[] minutes) {
        if (origins.length != destinations.length || origins.length != minutes.length) {
            throw new IllegalArgumentException("od matrix: origins, destinations and minutes differ in length");
        }
        this.size = size;
        this.entryCount = origins.length;
        int[] offsets = new int[size + 1];
        for (int e = 0; e < origins.length; e++) {
            check(e, origins[e], destinations[e], minutes[e]);
            offsets[origins[e] + 1] += origins[e] == destinations[e] ? 0 : 1;
        }
        for (int i = 0; i < size; i++) {
            offsets[i + 1] += offsets[i] + 1; // + 1: room for the diagonal
        }
        int[] targets = new int[offsets[size]];
        double[] times = new double[offsets[size]];
        int[] next = Arrays.copyOf(offsets, size);
        for (int i = 0; i < size; i++) {
            targets[next[i]++] = i; // t_ii = 0 first in each row
        }
        for (int e = 0; e < origins.length; e++) {
            if (origins[e] != destinations[e]) {
                int slot = next[origins[e]]++;
                targets[slot] = destinations[e];
                times[slot] = minutes[e];
            }
        }
        rejectDuplicates(offsets, targets);
        long present = targets.length - (long) size;
        this.missingPairs = (long) size * (size - 1) - present;
        this.all = new Catchment(offsets, targets, times, Double.POSITIVE_INFINITY, "od matrix");
    }

    private void check(int entry, int origin, int destination, double time) {
        if (origin < 0 || origin >= size || destination < 0 || destination >= size) {
            throw new IllegalArgumentException("od matrix entry " + entry + ": commune index out of range");
        }
        if (!(time >= 0) || Double.isInfinite(time)) {
            throw new IllegalArgumentException("od matrix entry " + entry + ": minutes must be finite and >= 0, got " + time);
        }
    }

    private void rejectDuplicates(int[] offsets, int[] targets) {
        int[] lastSeenInRow = new int[size];
        Arrays.fill(lastSeenInRow, -1);
        for (int i = 0; i < size; i++) {
            for (int p = offsets[i]; p < offsets[i + 1]; p++) {
                if (lastSeenInRow[targets[p]] == i) {
                    throw new IllegalArgumentException("od matrix: pair (" + i + ", " + targets[p] + ") given twice");
                }
                lastSeenInRow[targets[p]] = i;
            }
        }
    }

    @Override
    public int size() {
        return size;
    }

    /** Ordered pairs {@code i != j} without an entry: treated as unreachable. */
    public long missingPairs() {
        return missingPairs;
    }

    @Override
    public Catchment catchment(double maxMinutes) {
        int[] offsets = all.offsets();
        int[] targets = all.targets();
        double[] times = all.minutes();
        int[] keptOffsets = new int[size + 1];
        int kept = 0;
        for (int p = 0; p < targets.length; p++) {
            kept += times[p] <= maxMinutes ? 1 : 0;
        }
        int[] keptTargets = new int[kept];
        double[] keptTimes = new double[kept];
        int at = 0;
        for (int i = 0; i < size; i++) {
            for (int p = offsets[i]; p < offsets[i + 1]; p++) {
                if (times[p] <= maxMinutes) {
                    keptTargets[at] = targets[p];
                    keptTimes[at++] = times[p];
                }
            }
            keptOffsets[i + 1] = at;
        }
        return new Catchment(keptOffsets, keptTargets, keptTimes, maxMinutes, describe());
    }

    /** One pass over the entries: O(entries); ties go to the lower index. */
    @Override
    public void nearest(int[] sources, double[] minutes, int[] nearest) {
        boolean[] isSource = new boolean[size];
        for (int s : sources) {
            isSource[s] = true;
        }
        Arrays.fill(minutes, UNREACHED);
        Arrays.fill(nearest, -1);
        int[] offsets = all.offsets();
        int[] targets = all.targets();
        double[] times = all.minutes();
        for (int i = 0; i < size; i++) {
            for (int p = offsets[i]; p < offsets[i + 1]; p++) {
                int j = targets[p];
                if (isSource[j] && (times[p] < minutes[i] || (times[p] == minutes[i] && j < nearest[i]))) {
                    minutes[i] = times[p];
                    nearest[i] = j;
                }
            }
        }
    }

    @Override
    public String describe() {
        return "od matrix (" + entryCount + " entries; " + missingPairs
                + " ordered pairs absent, treated as unreachable)";
    }
}
