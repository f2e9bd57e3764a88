package fr.oasis.accessibility.engine;

import java.util.Arrays;

/**
 * The rows of a {@link TravelTimeTable} under construction: one bounded {@link DijkstraSearch}
 * per commune on a {@link RoutingGraph}, origins in parallel ({@link Parallel}) with one search
 * per thread, each row sorted by destination with times rounded to {@code float}; then, for an
 * undirected network, {@link #symmetrised()}.
 *
 * @param offsets row {@code i} is {@code offsets[i] .. offsets[i+1]-1}
 * @param targets destinations, increasing within each row
 * @param minutes times, within the bound
 */
record RoutedRows(int[] offsets, int[] targets, float[] minutes) {

    private static final int ORIGINS_PER_BLOCK = 32;

    /** Routes every commune of the graph up to {@code bound} minutes. */
    static RoutedRows route(RoutingGraph graph, double bound) {
        int n = graph.communes;
        int[][] rowTargets = new int[n][];
        float[][] rowMinutes = new float[n][];
        ThreadLocal<DijkstraSearch> searches = ThreadLocal.withInitial(() -> new DijkstraSearch(graph));
        Parallel.forEachBlock(n, ORIGINS_PER_BLOCK, (first, last) -> {
            DijkstraSearch search = searches.get();
            int[] origin = new int[1];
            for (int i = first; i < last; i++) {
                origin[0] = i;
                search.run(origin, 1, bound);
                sortedRow(search, i, bound, rowTargets, rowMinutes);
            }
        });
        searches.remove();
        int[] offsets = new int[n + 1];
        for (int i = 0; i < n; i++) {
            offsets[i + 1] = offsets[i] + rowTargets[i].length;
        }
        int[] targets = new int[offsets[n]];
        float[] minutes = new float[offsets[n]];
        for (int i = 0; i < n; i++) {
            System.arraycopy(rowTargets[i], 0, targets, offsets[i], rowTargets[i].length);
            System.arraycopy(rowMinutes[i], 0, minutes, offsets[i], rowMinutes[i].length);
            rowTargets[i] = null;
            rowMinutes[i] = null;
        }
        return new RoutedRows(offsets, targets, minutes);
    }

    /** The communes found, sorted by index: (index, float bits) packed in a long sort together. */
    private static void sortedRow(DijkstraSearch search, int i, double bound, int[][] rowTargets,
                                  float[][] rowMinutes) {
        int count = search.found();
        long[] keys = new long[count];
        for (int k = 0; k < count; k++) {
            float t = (float) search.minutes(k);
            if (t > bound) {
                t = Math.nextDown(t); // rounded up past a bound that is not a float: the float below is within
            }
            keys[k] = ((long) search.commune(k) << 32) | (Float.floatToIntBits(t) & 0xFFFFFFFFL);
        }
        Arrays.sort(keys);
        int[] targets = new int[count];
        float[] minutes = new float[count];
        for (int k = 0; k < count; k++) {
            targets[k] = (int) (keys[k] >>> 32);
            minutes[k] = Float.intBitsToFloat((int) keys[k]);
        }
        rowTargets[i] = targets;
        rowMinutes[i] = minutes;
    }

    /**
     * {@code t_ij = t_ji = min} of both directions, over the union of the pairs: merges each
     * row with the same row of the transpose (both sorted by destination).
     */
    RoutedRows symmetrised() {
        int n = offsets.length - 1;
        int[] tOffsets = new int[n + 1];
        for (int j : targets) {
            tOffsets[j + 1]++;
        }
        for (int j = 0; j < n; j++) {
            tOffsets[j + 1] += tOffsets[j];
        }
        int[] next = Arrays.copyOf(tOffsets, n);
        int[] origins = new int[targets.length];
        float[] tMinutes = new float[targets.length];
        for (int i = 0; i < n; i++) {
            for (int p = offsets[i]; p < offsets[i + 1]; p++) {
                int slot = next[targets[p]]++;
                origins[slot] = i;
                tMinutes[slot] = minutes[p];
            }
        }
        int[] mOffsets = new int[n + 1];
        for (int i = 0; i < n; i++) {
            mOffsets[i + 1] = mOffsets[i] + merge(i, tOffsets, origins, tMinutes, null, null, 0);
        }
        int[] mTargets = new int[mOffsets[n]];
        float[] mMinutes = new float[mOffsets[n]];
        for (int i = 0; i < n; i++) {
            merge(i, tOffsets, origins, tMinutes, mTargets, mMinutes, mOffsets[i]);
        }
        return new RoutedRows(mOffsets, mTargets, mMinutes);
    }

    /** Merges row i of this table and of its transpose; counts, and writes when given arrays. */
    private int merge(int i, int[] tOffsets, int[] origins, float[] tMinutes, int[] outTargets,
                      float[] outMinutes, int at) {
        int p = offsets[i];
        int q = tOffsets[i];
        int count = 0;
        while (p < offsets[i + 1] || q < tOffsets[i + 1]) {
            int a = p < offsets[i + 1] ? targets[p] : Integer.MAX_VALUE;
            int b = q < tOffsets[i + 1] ? origins[q] : Integer.MAX_VALUE;
            int j = Math.min(a, b);
            float t = Float.POSITIVE_INFINITY;
            if (a == j) {
                t = minutes[p++];
            }
            if (b == j) {
                t = Math.min(t, tMinutes[q++]);
            }
            if (outTargets != null) {
                outTargets[at + count] = j;
                outMinutes[at + count] = t;
            }
            count++;
        }
        return count;
    }
}
