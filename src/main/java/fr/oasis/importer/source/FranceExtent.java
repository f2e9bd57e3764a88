package fr.oasis.importer.source;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

import java.util.Locale;

/**
 * Where a WGS84 position of a French file may lie: boxes (min lon, min lat, max lon, max lat)
 * around metropolitan France with Corsica and the five overseas départements, generous by a few
 * kilometres. The point is to catch what a careless export produces — coordinates in
 * [lat, lon] order, projected metres, another country — not to draw the border; the import then
 * checks positions against the stored territory itself. Every reader of positions (contours,
 * reference points, practitioners) uses this one rule. Stateless and thread-safe.
 */
final class FranceExtent {
    private static final double[][] BOXES = {
            {-5.3, 41.3, 9.7, 51.2},    // metropolitan France and Corsica
            {-61.9, 15.8, -60.9, 16.6}, // Guadeloupe
            {-61.3, 14.3, -60.7, 14.9}, // Martinique
            {-54.7, 2.1, -51.5, 5.9},   // Guyane
            {55.1, -21.5, 55.9, -20.8}, // La Réunion
            {44.9, -13.1, 45.4, -12.5}, // Mayotte
    };

    private FranceExtent() {
    }

    /** True if the WGS84 position lies in metropolitan or overseas France. */
    static boolean contains(double lon, double lat) {
        for (double[] box : BOXES) {
            if (lon >= box[0] && lat >= box[1] && lon <= box[2] && lat <= box[3]) {
                return true;
            }
        }
        return false;
    }

    /**
     * Null when the position is in France, else why not, with the value: "(48.77, 5.16) is outside
     * France: it looks like [lat, lon]…" when swapping the two would put it there.
     */
    static String problem(double lon, double lat) {
        if (contains(lon, lat)) {
            return null;
        }
        String at = String.format(Locale.ROOT, "(%s, %s)", lon, lat);
        return contains(lat, lon)
                ? at + " is outside France: it looks like [lat, lon], latitude first; WGS84 [lon, lat] is expected"
                : at + " is outside France (metropolitan, Corsica, overseas départements; WGS84 [lon, lat] expected)";
    }

    /** Null when every position of the geometry is in France, else the problem of the first one that is not. */
    static String problem(Geometry geometry) {
        Envelope box = geometry.getEnvelopeInternal();
        if (box.isNull() || withinOneBox(box)) {
            return null;
        }
        for (Coordinate c : geometry.getCoordinates()) {
            String problem = problem(c.x, c.y);
            if (problem != null) {
                return "coordinates " + problem;
            }
        }
        return null;
    }

    private static boolean withinOneBox(Envelope envelope) {
        for (double[] box : BOXES) {
            if (envelope.getMinX() >= box[0] && envelope.getMinY() >= box[1] && envelope.getMaxX() <= box[2]
                    && envelope.getMaxY() <= box[3]) {
                return true;
            }
        }
        return false;
    }
}
