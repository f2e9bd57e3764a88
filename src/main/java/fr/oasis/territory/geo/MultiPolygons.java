package fr.oasis.territory.geo;

import java.util.List;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.PolygonExtracter;

/**
 * Normalises areal results to {@link MultiPolygon}, the single type stored and served, so that
 * readers downstream never branch on Polygon versus MultiPolygon.
 * <p>
 * Thread-safety: stateless.
 */
public final class MultiPolygons {

    private MultiPolygons() {
    }

    /**
     * Returns the polygonal part of a geometry as a MultiPolygon with the same SRID: a Polygon is
     * wrapped, a collection keeps only its polygons (an overlay may add stray lines or points),
     * and an empty or non-areal input gives an empty MultiPolygon.
     */
    public static MultiPolygon of(Geometry geometry) {
        if (geometry instanceof MultiPolygon multi) {
            return multi;
        }
        GeometryFactory factory = geometry.getFactory();
        @SuppressWarnings("unchecked") // JTS predates generics
        List<Polygon> polygons = PolygonExtracter.getPolygons(geometry);
        MultiPolygon result = factory.createMultiPolygon(polygons.toArray(new Polygon[0]));
        result.setSRID(geometry.getSRID());
        return result;
    }
}
