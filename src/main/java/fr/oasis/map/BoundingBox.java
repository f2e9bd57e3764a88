package fr.oasis.map;

import org.locationtech.jts.geom.Envelope;

/**
 * The {@code bbox=minLon,minLat,maxLon,maxLat} query parameter of the layer APIs and of the OGC
 * API, parsed once in one place. Stateless.
 */
public final class BoundingBox {
    private BoundingBox() {
    }

    /**
     * @throws IllegalArgumentException naming {@code bbox} and what is wrong (count, number, order)
     */
    public static Envelope parse(String bbox) {
        String[] parts = bbox.split(",", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException("bbox must be minLon,minLat,maxLon,maxLat (4 numbers, got "
                    + parts.length + ")");
        }
        double[] v = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                v[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bbox value " + (i + 1) + " is not a number: '" + parts[i] + "'");
            }
            if (!Double.isFinite(v[i])) {
                throw new IllegalArgumentException("bbox values must be finite numbers");
            }
        }
        if (v[0] > v[2] || v[1] > v[3]) {
            throw new IllegalArgumentException("bbox must have min before max");
        }
        return new Envelope(v[0], v[2], v[1], v[3]);
    }
}
