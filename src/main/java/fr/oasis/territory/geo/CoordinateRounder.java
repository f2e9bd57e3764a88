package fr.oasis.territory.geo;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateArrays;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * Rounds polygon vertices to a grid one vertex at a time, then drops the consecutive duplicates
 * rounding creates and the rings that collapse (fewer than four points).
 * <p>
 * Unlike {@link org.locationtech.jts.precision.GeometryPrecisionReducer#reduce}, which snap-rounds
 * each geometry against its own edges only, this treats every vertex independently, so a vertex
 * shared by two neighbours gets the same value in both and shared edges stay shared. The price
 * is that the result may be invalid (a thin part crossing itself); callers check and repair.
 * A collapsed hole is dropped with the polygon kept; a collapsed shell drops its polygon.
 * <p>
 * Thread-safety: stateless.
 */
final class CoordinateRounder {

    private CoordinateRounder() {
    }

    static MultiPolygon round(Geometry polygonal, PrecisionModel grid) {
        GeometryFactory factory = polygonal.getFactory();
        List<Polygon> kept = new ArrayList<>();
        MultiPolygon input = MultiPolygons.of(polygonal);
        for (int p = 0; p < input.getNumGeometries(); p++) {
            Polygon polygon = (Polygon) input.getGeometryN(p);
            LinearRing shell = roundRing(polygon.getExteriorRing(), grid, factory);
            if (shell == null) {
                continue;
            }
            List<LinearRing> holes = new ArrayList<>();
            for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
                LinearRing hole = roundRing(polygon.getInteriorRingN(i), grid, factory);
                if (hole != null) {
                    holes.add(hole);
                }
            }
            kept.add(factory.createPolygon(shell, holes.toArray(new LinearRing[0])));
        }
        MultiPolygon result = factory.createMultiPolygon(kept.toArray(new Polygon[0]));
        result.setSRID(polygonal.getSRID());
        return result;
    }

    private static LinearRing roundRing(LinearRing ring, PrecisionModel grid, GeometryFactory factory) {
        // Deep copy: getCoordinates() may hand out the ring's own array.
        Coordinate[] coordinates = CoordinateArrays.copyDeep(ring.getCoordinates());
        for (Coordinate c : coordinates) {
            grid.makePrecise(c);
        }
        Coordinate[] distinct = CoordinateArrays.removeRepeatedPoints(coordinates);
        return distinct.length < 4 ? null : factory.createLinearRing(distinct);
    }
}
