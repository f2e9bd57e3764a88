package fr.oasis.accessibility.engine;

/**
 * Crow-fly travel time from each commune to the nearest commune with supply ({@code S_j > 0},
 * itself included at 0 minutes), and the population living beyond given times (by default 10,
 * 20 and 30 minutes), also for the 75+ band when it is known. "Beyond" is strict: {@code t > x}.
 *
 * <p>The search is not bounded by the APL's 20 minutes: it scans rings of grid cells around the
 * commune, outward, and stops once the nearest candidate is closer than anything outside the
 * scanned rings can be (see {@link LonLatGrid#ringLowerBoundKm}). Time is
 * {@link TravelTimeModel#UNREACHED} only when no commune has supply. Cost is about O(n) for
 * supply spread over the territory, O(n · rings) in its empty parts.
 *
 * <p>Immutable, thread-safe.
 */
public final class NearestPractitioner {

    /** Default thresholds, minutes. */
    public static final double[] DEFAULT_THRESHOLDS = {10, 20, 30};

    private final CrowFlyTravelTime times;

    public NearestPractitioner(CrowFlyTravelTime times) {
        this.times = times;
    }

    /**
     * Result of {@link #compute}.
     *
     * @param minutes               per commune, time to the nearest supply, or UNREACHED
     * @param nearest               per commune, index of that commune, or -1
     * @param thresholds            minutes
     * @param populationBeyond      per threshold, population with {@code minutes > threshold}
     * @param population75Beyond    same for the 75+ band, or null when bands are unknown
     */
    public record Result(double[] minutes, int[] nearest, double[] thresholds,
                         double[] populationBeyond, double[] population75Beyond) {
    }

    /**
     * @param supply       supply per commune (only {@code > 0} matters)
     * @param population   total population per commune
     * @param population75 75+ population per commune, or null if unknown
     * @param thresholds   minutes, e.g. {@link #DEFAULT_THRESHOLDS}
     */
    public Result compute(double[] supply, double[] population, double[] population75, double[] thresholds) {
        int n = times.size();
        if (supply.length != n || population.length != n || (population75 != null && population75.length != n)) {
            throw new IllegalArgumentException("nearest practitioner: arrays must all have " + n + " communes");
        }
        int served = 0;
        for (double s : supply) {
            served += s > 0 ? 1 : 0;
        }
        int[] withSupply = new int[served];
        for (int j = 0, k = 0; j < n; j++) {
            if (supply[j] > 0) {
                withSupply[k++] = j;
            }
        }
        double[] minutes = new double[n];
        int[] nearest = new int[n];
        java.util.Arrays.fill(minutes, TravelTimeModel.UNREACHED);
        java.util.Arrays.fill(nearest, -1);
        if (served > 0) {
            LonLatGrid grid = new LonLatGrid(times.lon(), times.lat(), withSupply, 5.0);
            for (int i = 0; i < n; i++) {
                nearest[i] = search(i, grid);
                minutes[i] = times.minutes(i, nearest[i]);
            }
        }
        double[] beyond = new double[thresholds.length];
        double[] beyond75 = population75 == null ? null : new double[thresholds.length];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < thresholds.length; k++) {
                if (minutes[i] > thresholds[k]) {
                    beyond[k] += population[i];
                    if (beyond75 != null) {
                        beyond75[k] += population75[i];
                    }
                }
            }
        }
        return new Result(minutes, nearest, thresholds.clone(), beyond, beyond75);
    }

    /** Index of the nearest point of the grid, scanning rings of cells outward. */
    private int search(int i, LonLatGrid grid) {
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
