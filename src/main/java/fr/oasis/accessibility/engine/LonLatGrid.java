package fr.oasis.accessibility.engine;

/**
 * A uniform bucket index of lon/lat points whose cells are at least {@code cellKm} wide in both
 * directions everywhere in the data's latitude range. Hence two points whose cells differ by
 * {@code r + 1} or more columns or rows are at least {@link #ringLowerBoundKm(int) r·cellKm}
 * apart (great circle), which makes neighbourhood and nearest-point searches exact.
 *
 * <p>Cells are stored as compressed rows ({@code cellStart}, {@code cellPoints}); within a cell,
 * points keep increasing index order so results are deterministic. Memory: 4 bytes per point and
 * per cell; the cell size is enlarged if the box would need more than ~4 cells per point.
 * Limits: latitudes beyond ±85° and boxes crossing the antimeridian are rejected. Immutable,
 * thread-safe.
 */
final class LonLatGrid {

    final double cellKm;
    final double lonMin;
    final double latMin;
    final double cellLonDeg;
    final double cellLatDeg;
    final double cosMaxLat;
    final int columns;
    final int rows;
    final int[] cellStart;
    final int[] cellPoints;

    /** Indexes the points {@code subset} (or all points if {@code subset == null}). */
    LonLatGrid(double[] lon, double[] lat, int[] subset, double minCellKm) {
        int count = subset == null ? lon.length : subset.length;
        double lo0 = Double.POSITIVE_INFINITY, lo1 = Double.NEGATIVE_INFINITY;
        double la0 = Double.POSITIVE_INFINITY, la1 = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < lon.length; k++) {
            double x = lon[k], y = lat[k];
            if (!(x >= -180 && x <= 180 && y >= -85 && y <= 85)) {
                throw new IllegalArgumentException("point " + k + ": lon/lat (" + x + ", " + y
                        + ") outside [-180, 180] x [-85, 85]");
            }
            lo0 = Math.min(lo0, x);
            lo1 = Math.max(lo1, x);
            la0 = Math.min(la0, y);
            la1 = Math.max(la1, y);
        }
        if (lon.length == 0) {
            lo0 = lo1 = la0 = la1 = 0;
        }
        lonMin = lo0;
        latMin = la0;
        cosMaxLat = Math.cos(Math.toRadians(Math.max(Math.abs(la0), Math.abs(la1))));
        double kmPerDegree = Math.toRadians(GreatCircle.EARTH_RADIUS_KM);
        double size = Math.max(minCellKm, 1e-3);
        // coarsen until the grid is small compared with the points (sparse data, huge limits)
        while (cellCount(lo1 - lo0, la1 - la0, size, kmPerDegree) > 4L * Math.max(count, 256)) {
            size *= 2;
        }
        cellKm = size;
        cellLatDeg = size / kmPerDegree;
        cellLonDeg = size / (kmPerDegree * cosMaxLat);
        columns = (int) ((lo1 - lo0) / cellLonDeg) + 1;
        rows = (int) ((la1 - la0) / cellLatDeg) + 1;
        cellStart = new int[columns * rows + 1];
        cellPoints = new int[count];
        int[] cellOfPoint = new int[count];
        for (int k = 0; k < count; k++) {
            int p = subset == null ? k : subset[k];
            cellOfPoint[k] = column(lon[p]) + columns * row(lat[p]);
            cellStart[cellOfPoint[k] + 1]++;
        }
        for (int c = 0; c < columns * rows; c++) {
            cellStart[c + 1] += cellStart[c];
        }
        int[] next = java.util.Arrays.copyOf(cellStart, columns * rows);
        for (int k = 0; k < count; k++) {
            cellPoints[next[cellOfPoint[k]]++] = subset == null ? k : subset[k];
        }
    }

    private double cellCount(double lonRange, double latRange, double size, double kmPerDegree) {
        double c = (lonRange / (size / (kmPerDegree * cosMaxLat)) + 1) * (latRange / (size / kmPerDegree) + 1);
        return c;
    }

    int column(double lon) {
        return Math.min(columns - 1, (int) ((lon - lonMin) / cellLonDeg));
    }

    int row(double lat) {
        return Math.min(rows - 1, (int) ((lat - latMin) / cellLatDeg));
    }

    /**
     * Lower bound (km) of the distance from any point to points lying outside the
     * {@code (2r+1)²} cells centred on its own: they are at least {@code r} whole cells away in
     * latitude ({@code r·cellKm}) or in longitude (a chord at the most poleward latitude).
     */
    double ringLowerBoundKm(int r) {
        double alongMeridian = r * cellKm;
        double halfLon = Math.min(Math.PI, Math.toRadians(r * cellLonDeg)) / 2;
        double alongParallel = 2 * GreatCircle.EARTH_RADIUS_KM * Math.asin(Math.min(1.0, cosMaxLat * Math.sin(halfLon)));
        return Math.min(alongMeridian, alongParallel);
    }
}
