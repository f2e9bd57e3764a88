package fr.oasis.accessibility.engine;

import java.util.Locale;

/**
 * Travel time as the crow flies: {@code t_ij = h_ij * detour / speed * 60} minutes, where
 * {@code h_ij} is the haversine distance in km between the communes' reference points
 * ({@link GreatCircle}), {@code detour} a dimensionless road/crow-fly ratio and {@code speed} in
 * km/h. The expression is evaluated in exactly that order so that times on a step boundary agree
 * with the benchmark contract to the last bit. Symmetric bit for bit ({@code h_ij} and
 * {@code h_ji} round identically: the half-angle sines only change sign), so catchments are
 * flagged {@link Catchment#isSymmetric() symmetric}; {@code t_ii = 0}.
 *
 * <p>Performance: {@link #catchment} buckets the points in a {@link LonLatGrid} whose cells are
 * as wide as the distance limit, so only neighbouring cells are examined and far pairs are
 * rejected by a chord test without trigonometry: cost is linear in the number of pairs within
 * the limit. A first pass counts each row's candidates, a second writes exact times in place
 * (no intermediate buffers: memory is the catchment itself). Rows are filled in parallel,
 * deterministically (row order follows the grid, not the threads).
 *
 * <p>Limits: a sphere, not the ellipsoid (error below 0.5%); no roads, rivers or mountains —
 * use {@link OdMatrixTravelTime} with a routed matrix when that matters. Immutable, thread-safe.
 */
public final class CrowFlyTravelTime implements TravelTimeModel {

    /** Default road/crow-fly ratio. */
    public static final double DEFAULT_DETOUR = 1.3;
    /** Default speed, km/h. */
    public static final double DEFAULT_SPEED_KMH = 60;

    private static final int ROWS_PER_BLOCK = 4096;

    private final double[] lon;
    private final double[] lat;
    private final double detour;
    private final double speedKmh;
    private final double[] phi;
    private final double[] lambda;
    private final double[] cosPhi;
    private final double[] unitX;
    private final double[] unitY;
    private final double[] unitZ;

    /** Points in WGS84 degrees (arrays kept, not copied), with the default detour and speed. */
    public CrowFlyTravelTime(double[] lon, double[] lat) {
        this(lon, lat, DEFAULT_DETOUR, DEFAULT_SPEED_KMH);
    }

    public CrowFlyTravelTime(double[] lon, double[] lat, double detour, double speedKmh) {
        if (lon.length != lat.length) {
            throw new IllegalArgumentException("crow-fly: " + lon.length + " longitudes but " + lat.length + " latitudes");
        }
        if (!(detour > 0) || Double.isInfinite(detour) || !(speedKmh > 0) || Double.isInfinite(speedKmh)) {
            throw new IllegalArgumentException("crow-fly: detour and speed must be finite and > 0, got "
                    + detour + " and " + speedKmh);
        }
        this.lon = lon;
        this.lat = lat;
        this.detour = detour;
        this.speedKmh = speedKmh;
        int n = lon.length;
        phi = new double[n];
        lambda = new double[n];
        cosPhi = new double[n];
        unitX = new double[n];
        unitY = new double[n];
        unitZ = new double[n];
        for (int i = 0; i < n; i++) {
            phi[i] = Math.toRadians(lat[i]);
            lambda[i] = Math.toRadians(lon[i]);
            cosPhi[i] = Math.cos(phi[i]);
            unitX[i] = cosPhi[i] * Math.cos(lambda[i]);
            unitY[i] = cosPhi[i] * Math.sin(lambda[i]);
            unitZ[i] = Math.sin(phi[i]);
        }
    }

    @Override
    public int size() {
        return lon.length;
    }

    /** Time in minutes from commune i to commune j. */
    public double minutes(int i, int j) {
        return i == j ? 0.0 : toMinutes(kilometres(i, j));
    }

    /** Haversine distance in km between communes i and j. */
    public double kilometres(int i, int j) {
        return GreatCircle.haversineKmRadians(phi[i], lambda[i], cosPhi[i], phi[j], lambda[j], cosPhi[j]);
    }

    /** Converts a crow-fly distance to minutes, in the contract's order of operations. */
    public double toMinutes(double km) {
        return km * detour / speedKmh * 60;
    }

    double[] lon() {
        return lon;
    }

    double[] lat() {
        return lat;
    }

    double squaredChord(int i, int j) {
        double dx = unitX[i] - unitX[j];
        double dy = unitY[i] - unitY[j];
        double dz = unitZ[i] - unitZ[j];
        return dx * dx + dy * dy + dz * dz;
    }

    @Override
    public Catchment catchment(double maxMinutes) {
        if (!(maxMinutes >= 0) || Double.isInfinite(maxMinutes)) {
            throw new IllegalArgumentException("crow-fly: time limit must be finite and >= 0, got " + maxMinutes);
        }
        int n = size();
        // generous distance bound: exact times decide, the grid and chord only need a superset
        double maxKm = maxMinutes / 60 * speedKmh / detour * (1 + 1e-9) + 1e-9;
        double chordLimit = GreatCircle.squaredUnitChord(maxKm) * (1 + 1e-6);
        LonLatGrid grid = new LonLatGrid(lon, lat, null, maxKm * 1.01);
        int reach = 1;
        while (grid.ringLowerBoundKm(reach) <= maxKm) {
            reach++;
        }
        int[] offsets = new int[n + 1];
        int radius = reach;
        // pass 1, no trigonometry: candidates per row (the chord test is a tight superset)
        Parallel.forEachBlock(n, ROWS_PER_BLOCK, (first, last) -> {
            for (int i = first; i < last; i++) {
                offsets[i + 1] = scanRow(i, grid, radius, chordLimit, maxMinutes, null, null, 0);
            }
        });
        for (int i = 0; i < n; i++) {
            offsets[i + 1] += offsets[i];
        }
        // pass 2: exact times written in place; a row may come out shorter (chord slack), rarely
        int[] targets = new int[offsets[n]];
        double[] minutes = new double[offsets[n]];
        int[] lengths = new int[n];
        Parallel.forEachBlock(n, ROWS_PER_BLOCK, (first, last) -> {
            for (int i = first; i < last; i++) {
                lengths[i] = scanRow(i, grid, radius, chordLimit, maxMinutes, targets, minutes, offsets[i]);
            }
        });
        return compact(offsets, lengths, targets, minutes, maxMinutes);
    }

    /**
     * Walks the candidates of row {@code i}. Without output arrays, counts those passing the chord
     * test; with them, writes the pairs within {@code maxMinutes} from {@code at} and counts them.
     */
    private int scanRow(int i, LonLatGrid grid, int radius, double chordLimit, double maxMinutes,
                        int[] targets, double[] minutes, int at) {
        int column = grid.column(lon[i]);
        int row = grid.row(lat[i]);
        int count = 0;
        for (int r = Math.max(0, row - radius); r <= Math.min(grid.rows - 1, row + radius); r++) {
            int c0 = r * grid.columns + Math.max(0, column - radius);
            int c1 = r * grid.columns + Math.min(grid.columns - 1, column + radius);
            // cells c0..c1 are contiguous in the compressed rows: one loop over their points
            for (int k = grid.cellStart[c0]; k < grid.cellStart[c1 + 1]; k++) {
                int j = grid.cellPoints[k];
                if (squaredChord(i, j) <= chordLimit) {
                    if (targets == null) {
                        count++;
                        continue;
                    }
                    double t = j == i ? 0.0 : toMinutes(kilometres(i, j));
                    if (t <= maxMinutes) {
                        targets[at + count] = j;
                        minutes[at + count] = t;
                        count++;
                    }
                }
            }
        }
        return count;
    }

    private Catchment compact(int[] offsets, int[] lengths, int[] targets, double[] minutes, double maxMinutes) {
        int n = lengths.length;
        boolean exact = true;
        for (int i = 0; i < n && exact; i++) {
            exact = lengths[i] == offsets[i + 1] - offsets[i];
        }
        if (exact) {
            return new Catchment(offsets, targets, minutes, maxMinutes, describe(), true);
        }
        int[] packedOffsets = new int[n + 1];
        for (int i = 0; i < n; i++) {
            packedOffsets[i + 1] = packedOffsets[i] + lengths[i];
        }
        int[] packedTargets = new int[packedOffsets[n]];
        double[] packedMinutes = new double[packedOffsets[n]];
        for (int i = 0; i < n; i++) {
            System.arraycopy(targets, offsets[i], packedTargets, packedOffsets[i], lengths[i]);
            System.arraycopy(minutes, offsets[i], packedMinutes, packedOffsets[i], lengths[i]);
        }
        return new Catchment(packedOffsets, packedTargets, packedMinutes, maxMinutes, describe(), true);
    }

    /** Ring search over a grid of the sources ({@link CrowFlyNearest}); ties go to the lower index. */
    @Override
    public void nearest(int[] sources, double[] minutes, int[] nearest) {
        CrowFlyNearest.compute(this, sources, minutes, nearest);
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "crow-fly haversine (R=%.1f km) x detour %s / %s km/h",
                GreatCircle.EARTH_RADIUS_KM, detour, speedKmh);
    }
}
