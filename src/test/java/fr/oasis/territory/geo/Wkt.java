package fr.oasis.territory.geo;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** Test helper: WKT to WGS84 geometry. */
final class Wkt {
    private static final WKTReader READER = new WKTReader(new GeometryFactory(new PrecisionModel(), 4326));

    private Wkt() {
    }

    static Geometry read(String wkt) {
        try {
            return READER.read(wkt);
        } catch (ParseException e) {
            throw new IllegalArgumentException(wkt, e);
        }
    }
}
