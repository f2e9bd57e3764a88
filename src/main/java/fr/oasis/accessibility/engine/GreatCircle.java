package fr.oasis.accessibility.engine;

/**
 * Great-circle distance on a sphere of radius {@link #EARTH_RADIUS_KM}, by the haversine formula
 * (well conditioned for the short distances between neighbouring communes).
 *
 * <p>Stateless and thread-safe. Coordinates are WGS84 degrees, read as spherical.
 */
public final class GreatCircle {

    /** Mean Earth radius, km: the value of the benchmark contract. */
    public static final double EARTH_RADIUS_KM = 6371.0;

    private GreatCircle() {
    }

    /** Haversine distance in km between two lon/lat points given in degrees. */
    public static double haversineKm(double lon1, double lat1, double lon2, double lat2) {
        double phi1 = Math.toRadians(lat1);
        double phi2 = Math.toRadians(lat2);
        return haversineKmRadians(phi1, Math.toRadians(lon1), Math.cos(phi1),
                phi2, Math.toRadians(lon2), Math.cos(phi2));
    }

    /**
     * Same as {@link #haversineKm} from pre-computed radians and cosines of latitude, for hot loops
     * over many pairs.
     */
    static double haversineKmRadians(double phi1, double lambda1, double cosPhi1,
                                     double phi2, double lambda2, double cosPhi2) {
        double sinHalfDphi = sine((phi2 - phi1) / 2);
        double sinHalfDlambda = sine((lambda2 - lambda1) / 2);
        double a = sinHalfDphi * sinHalfDphi + cosPhi1 * cosPhi2 * sinHalfDlambda * sinHalfDlambda;
        return 2 * EARTH_RADIUS_KM * arcsine(Math.sqrt(a));
    }

    /**
     * {@code sin(x)}: for {@code |x| <= 0.01} (half-angles of neighbouring communes) by its Taylor
     * series {@code x - x³/6 + x⁵/120 - x⁷/5040}, the first omitted term being below 1e-21
     * relative, so the result is within one ulp of {@link Math#sin} (used beyond). The hot loop
     * evaluates two sines per commune pair; the series is several times cheaper.
     */
    static double sine(double x) {
        if (Math.abs(x) <= 0.01) {
            double x2 = x * x;
            return x * (1 - x2 * (1.0 / 6 - x2 * (1.0 / 120 - x2 * (1.0 / 5040))));
        }
        return Math.sin(x);
    }

    /**
     * {@code asin(x)}: for {@code x <= 0.01} (distances up to 127 km, i.e. every catchment pair)
     * by its Taylor series {@code x + x³/6 + 3x⁵/40 + 5x⁷/112}, whose first omitted term is below
     * 4e-18 relative, so the result is within one ulp of {@link Math#asin} (used beyond) at a
     * fraction of its cost in the hot loop. Clamped at 1: rounding may push the haversine
     * term above 1 for antipodes.
     */
    static double arcsine(double x) {
        if (x <= 0.01) {
            double x2 = x * x;
            return x * (1 + x2 * (1.0 / 6 + x2 * (3.0 / 40 + x2 * (5.0 / 112))));
        }
        return Math.asin(Math.min(1.0, x));
    }

    /**
     * Squared chord between two points on the unit sphere for a great-circle distance: a
     * monotone function of the distance, computable without trigonometry from unit vectors, so
     * that hot loops can reject far pairs cheaply.
     */
    static double squaredUnitChord(double km) {
        double halfAngle = Math.min(Math.PI / 2, km / (2 * EARTH_RADIUS_KM));
        double chord = 2 * Math.sin(halfAngle);
        return chord * chord;
    }
}
