package fr.oasis.territory.geo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateArrays;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * Rounds polygon vertices to a decimal grid one vertex at a time, then drops the consecutive
 * duplicates rounding creates and the rings that collapse (fewer than four points).
 * <p>
 * Unlike {@link org.locationtech.jts.precision.GeometryPrecisionReducer#reduce}, which
 * snap-rounds each geometry against its own edges only, the rounded value here depends on the
 * vertex alone, so a vertex shared by two neighbours gets the same value in both and shared
 * edges stay shared. Vertices marked with {@link #refine} are rounded to a finer grid, again
 * wherever they occur. The result may be invalid (a thin neck crossing itself); callers check.
 * A collapsed hole is dropped with the polygon kept; a collapsed shell drops its polygon.
 * <p>
 * Thread-safety: not thread-safe (the refined vertex set grows).
 */
final class CoordinateRounder {

    private final PrecisionModel coarse;
    private final PrecisionModel fine;
    private final Set<Coordinate> refined = new HashSet<>();

    CoordinateRounder(int decimals, int refinedDecimals) {
        this.coarse = new PrecisionModel(Math.pow(10, decimals));
        this.fine = new PrecisionModel(Math.pow(10, refinedDecimals));
    }

    /** From now on, round the (unrounded) vertices of {@code geometry} to the finer grid. */
    void refine(Geometry geometry) {
        for (Coordinate c : geometry.getCoordinates()) {
            refined.add(new Coordinate(c.x, c.y));
        }
    }

    MultiPolygon round(Geometry polygonal) {
        GeometryFactory factory = polygonal.getFactory();
        MultiPolygon input = MultiPolygons.of(polygonal);
        List<Polygon> kept = new ArrayList<>();
        for (int p = 0; p < input.getNumGeometries(); p++) {
            Polygon polygon = (Polygon) input.getGeometryN(p);
            LinearRing shell = roundRing(polygon.getExteriorRing(), factory);
            if (shell == null) {
                continue;
            }
            List<LinearRing> holes = new ArrayList<>();
            for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
                LinearRing hole = roundRing(polygon.getInteriorRingN(i), factory);
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

    private LinearRing roundRing(LinearRing ring, GeometryFactory factory) {
        Coordinate[] source = ring.getCoordinates();
        Coordinate[] rounded = new Coordinate[source.length];
        for (int i = 0; i < source.length; i++) {
            // A 2D copy: the source array may be the ring's own, and Z must not affect lookups.
            Coordinate c = new Coordinate(source[i].x, source[i].y);
            (refined.contains(c) ? fine : coarse).makePrecise(c);
            rounded[i] = c;
        }
        Coordinate[] distinct = CoordinateArrays.removeRepeatedPoints(rounded);
        return distinct.length < 4 ? null : factory.createLinearRing(distinct);
    }
}
