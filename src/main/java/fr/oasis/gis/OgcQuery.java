package fr.oasis.gis;

import fr.oasis.map.BoundingBox;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;

/**
 * The query parameters of an OGC items request, checked: {@code limit} 1 to {@value #MAX_LIMIT}
 * (default {@value #DEFAULT_LIMIT}), {@code offset} from 0, {@code bbox} in CRS84, {@code f=json}.
 * Every error is an {@link IllegalArgumentException} whose message starts with the parameter's
 * name, so the answer is a 400 that says what to fix. Unknown parameters are refused too (OGC API
 * Features Part 1, requirement /req/core/query-param-unknown).
 * <p>
 * A limit above the maximum is refused rather than silently lowered: a client asking for 10^9
 * features learns the maximum instead of receiving fewer than it believes.
 */
record OgcQuery(int limit, int offset, Envelope bbox) {
    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 10_000;
    private static final Set<String> KNOWN = Set.of("limit", "offset", "bbox", "bbox-crs", "f");
    private static final String CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";

    static OgcQuery parse(Map<String, String> parameters) {
        checkFormat(parameters, KNOWN);
        int limit = integer(parameters, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        int offset = integer(parameters, "offset", 0, 0, Integer.MAX_VALUE);
        String crs = parameters.get("bbox-crs");
        if (crs != null && !crs.equals(CRS84)) {
            throw new IllegalArgumentException("bbox-crs: only " + CRS84 + " is supported, got '" + crs + "'");
        }
        String bbox = parameters.get("bbox");
        return new OgcQuery(limit, offset, bbox == null ? null : BoundingBox.parse(bbox));
    }

    /** Refuses parameters outside {@code known} and any {@code f} other than {@code json}. */
    static void checkFormat(Map<String, String> parameters, Set<String> known) {
        for (String name : parameters.keySet()) {
            if (!known.contains(name)) {
                throw new IllegalArgumentException(name + ": unknown query parameter (this request accepts "
                        + String.join(", ", new java.util.TreeSet<>(known)) + ")");
            }
        }
        String f = parameters.get("f");
        if (f != null && !f.equals("json")) {
            throw new IllegalArgumentException("f: only 'json' is served (GeoJSON for items), got '" + f + "'");
        }
    }

    private static int integer(Map<String, String> parameters, String name, int fallback, int min, int max) {
        String text = parameters.get(name);
        if (text == null) {
            return fallback;
        }
        long value;
        try {
            value = Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": not a whole number: '" + text + "'");
        }
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + ": must be between " + min + " and " + max + ", got " + text);
        }
        return (int) value;
    }
}
