package fr.oasis.accessibility.engine;

import java.util.Arrays;

/**
 * {@link TravelTimeModel#nearest} as the crow flies: for each commune, scans rings of grid cells
 * around it, outward, and stops once the nearest candidate is closer than anything outside the
 * scanned rings can be (see {@link LonLatGrid#ringLowerBoundKm}). Ties go to the lower index.
 * Cost is about O(n) for sources spread over the territory, O(n · rings) in its empty parts.
 */
final class CrowFlyNearest {

    private CrowFlyNearest() {
    }

    static void compute(CrowFlyTravelTime times, int[] sources, double[] minutes, int[] nearest) {
        Arrays.fill(minutes, TravelTimeModel.UNREACHED);
        Arrays.fill(nearest, -1);
        if (sources.length == 0) {
            return;
        }
        LonLatGrid grid = new LonLatGrid(times.lon(), times.lat(), sources, 5.0);
        for (int i = 0; i < times.size(); i++) {
            nearest[i] = search(times, i, grid);
            minutes[i] = times.minutes(i, nearest[i]);
        }
    }

    /** Index of the nearest point of the grid, scanning rings of cells outward. */
    private static int search(CrowFlyTravelTime times, int i, LonLatGrid grid) {
        int column = grid.column(times.lon()[i]);
        int row = grid.row(times.lat()[i]);
        int best = -1;
        double bestChord = Double.POSITIVE_INFINITY;
        int maxRing = Math.max(grid.columns, grid.rows);
        for (int r = 0; r <= maxRing; r++) {
            for (int y = row - r; y <= row + r; y++) {
                if (y < 0 || y >= grid.rows) {
                    continue;
                }
                boolean edgeRow = y == row - r || y == row + r;
                int step = edgeRow ? 1 : Math.max(1, 2 * r); // inner rows: only the two end cells
                for (int x = column - r; x <= column + r; x += step) {
                    if (x < 0 || x >= grid.columns) {
                        continue;
                    }
                    int cell = y * grid.columns + x;
                    for (int k = grid.cellStart[cell]; k < grid.cellStart[cell + 1]; k++) {
                        int j = grid.cellPoints[k];
                        double chord = times.squaredChord(i, j);
                        if (chord < bestChord || (chord == bestChord && j < best)) {
                            bestChord = chord;
                            best = j;
                        }
                    }
                }
            }
            if (best >= 0 && times.kilometres(i, best) <= grid.ringLowerBoundKm(r)) {
                return best;
            }
        }
        return best;
    }
}
