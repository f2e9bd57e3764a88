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
        double sinHalfDphi = Math.sin((phi2 - phi1) / 2);
        double sinHalfDlambda = Math.sin((lambda2 - lambda1) / 2);
        double a = sinHalfDphi * sinHalfDphi + cosPhi1 * cosPhi2 * sinHalfDlambda * sinHalfDlambda;
        // rounding may push a above 1 for antipodes; asin would give NaN
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(a)));
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
