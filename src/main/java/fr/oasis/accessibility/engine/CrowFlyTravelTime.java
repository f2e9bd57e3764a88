package fr.oasis.accessibility.engine;

import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Travel time as the crow flies: {@code t_ij = h_ij * detour / speed * 60} minutes, where
 * {@code h_ij} is the haversine distance in km between the communes' reference points
 * ({@link GreatCircle}), {@code detour} a dimensionless road/crow-fly ratio and {@code speed} in
 * km/h. The expression is evaluated in exactly that order so that times on a step boundary agree
 * with the benchmark contract to the last bit. Symmetric; {@code t_ii = 0}.
 *
 * <p>Performance: {@link #catchment} buckets the points in a {@link LonLatGrid} whose cells are
 * as wide as the distance limit, so only neighbouring cells are examined and far pairs are
 * rejected by a chord test without trigonometry: cost is linear in the number of pairs within
 * the limit. Rows are filled in parallel (common fork-join pool), deterministically.
 *
 * <p>Limits: a sphere, not the ellipsoid (error below 0.5%); no roads, rivers or mountains —
 * use {@link OdMatrixTravelTime} with a routed matrix when that matters. Immutable, thread-safe.
 */
public final class CrowFlyTravelTime implements TravelTimeModel {

    /** Default road/crow-fly ratio. */
    public static final double DEFAULT_DETOUR = 1.3;
    /** Default speed, km/h. */
    public static final double DEFAULT_SPEED_KMH = 60;

    private static final int ROWS_PER_BLOCK = 512;

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
        int blocks = (n + ROWS_PER_BLOCK - 1) / ROWS_PER_BLOCK;
        PairBuffer[] buffers = new PairBuffer[blocks];
        int searchRadius = reach;
        IntStream.range(0, blocks).parallel().forEach(b -> {
            int first = b * ROWS_PER_BLOCK;
            int last = Math.min(n, first + ROWS_PER_BLOCK);
            PairBuffer buffer = new PairBuffer(first, last - first);
            for (int i = first; i < last; i++) {
                addRow(i, grid, searchRadius, chordLimit, maxMinutes, buffer);
            }
            buffers[b] = buffer;
        });
        return PairBuffer.join(buffers, n, maxMinutes, describe());
    }

    private void addRow(int i, LonLatGrid grid, int radius, double chordLimit, double maxMinutes, PairBuffer out) {
        int column = grid.column(lon[i]);
        int row = grid.row(lat[i]);
        for (int r = Math.max(0, row - radius); r <= Math.min(grid.rows - 1, row + radius); r++) {
            int c0 = r * grid.columns + Math.max(0, column - radius);
            int c1 = r * grid.columns + Math.min(grid.columns - 1, column + radius);
            // cells c0..c1 are contiguous in the compressed rows: one loop over their points
            for (int k = grid.cellStart[c0]; k < grid.cellStart[c1 + 1]; k++) {
                int j = grid.cellPoints[k];
                if (j == i) {
                    out.add(i, i, 0.0);
                } else if (squaredChord(i, j) <= chordLimit) {
                    double t = toMinutes(kilometres(i, j));
                    if (t <= maxMinutes) {
                        out.add(i, j, t);
                    }
                }
            }
        }
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "crow-fly haversine (R=%.1f km) x detour %s / %s km/h",
                GreatCircle.EARTH_RADIUS_KM, detour, speedKmh);
    }
}
