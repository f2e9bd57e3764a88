package fr.oasis.accessibility.engine;

import java.util.Arrays;

/**
 * Growable primitive storage for the catchment rows of a contiguous block of origins, so blocks
 * can be filled by different threads and joined into one {@link Catchment} without one object
 * per pair. Not thread-safe: one buffer per thread.
 */
final class PairBuffer {

    final int firstRow;
    final int[] rowLengths;
    int[] targets = new int[1024];
    double[] minutes = new double[1024];
    int size;

    PairBuffer(int firstRow, int rowCount) {
        this.firstRow = firstRow;
        this.rowLengths = new int[rowCount];
    }

    void add(int row, int target, double time) {
        if (size == targets.length) {
            targets = Arrays.copyOf(targets, size * 2);
            minutes = Arrays.copyOf(minutes, size * 2);
        }
        targets[size] = target;
        minutes[size] = time;
        size++;
        rowLengths[row - firstRow]++;
    }

    /** Joins buffers covering rows {@code 0..n-1} in order into one catchment. */
    static Catchment join(PairBuffer[] blocks, int n, double maxMinutes, String description) {
        int[] offsets = new int[n + 1];
        long total = 0;
        for (PairBuffer block : blocks) {
            for (int r = 0; r < block.rowLengths.length; r++) {
                total += block.rowLengths[r];
                offsets[block.firstRow + r + 1] = (int) Math.min(total, Integer.MAX_VALUE);
            }
        }
        if (total > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("catchment: " + total + " pairs, more than an int index holds;"
                    + " lower the time limit");
        }
        int[] targets = new int[(int) total];
        double[] minutes = new double[(int) total];
        int at = 0;
        for (PairBuffer block : blocks) {
            System.arraycopy(block.targets, 0, targets, at, block.size);
            System.arraycopy(block.minutes, 0, minutes, at, block.size);
            at += block.size;
        }
        return new Catchment(offsets, targets, minutes, maxMinutes, description);
    }
}
