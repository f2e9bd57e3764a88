package fr.oasis.accessibility.engine;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.union.CascadedPolygonUnion;

/**
 * Proximity zones (PASST: "territoires à moins d'1 km d'un dentiste et/ou d'un infirmier"): the
 * area within a radius of at least one practitioner of a profession, zones of several
 * professions combined with "and" (intersection) or "or" (union), and per commune the share of
 * its area inside the zone and whether its reference point is.
 * <p>
 * Units: all coordinates in a metric projection (Lambert-93 for France), radius in metres.
 * Circles are approximated by {@value #QUADRANT_SEGMENTS} segments a quadrant: the area is
 * underestimated by about 0.6 %. Thread-safe (static, no state).
 */
public final class ProximityZone {
    static final int QUADRANT_SEGMENTS = 8;

    private ProximityZone() {
    }

    /** Union of the discs of {@code radius} around the points; empty geometry for no point. */
    public static Geometry around(GeometryFactory factory, double[] x, double[] y, double radius) {
        if (!(radius > 0)) {
            throw new IllegalArgumentException("proximity: radius must be positive, got " + radius);
        }
        List<Geometry> discs = new ArrayList<>();
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (int i = 0; i < x.length; i++) {
            // Practitioners placed at the same point (a practice, or count-based supply) make one disc.
            long key = Double.doubleToLongBits(x[i]) * 31 + Double.doubleToLongBits(y[i]);
            if (seen.add(key)) {
                discs.add(factory.createPoint(new Coordinate(x[i], y[i])).buffer(radius, QUADRANT_SEGMENTS));
            }
        }
        return discs.isEmpty() ? factory.createPolygon() : CascadedPolygonUnion.union(discs);
    }

    /** "and": the area near every profession; "or": near at least one. */
    public static Geometry combine(List<Geometry> zones, boolean all) {
        if (zones.isEmpty()) {
            throw new IllegalArgumentException("proximity: at least one zone to combine");
        }
        Geometry result = zones.get(0);
        for (int k = 1; k < zones.size(); k++) {
            result = all ? result.intersection(zones.get(k)) : result.union(zones.get(k));
        }
        return result;
    }

    /** Share of a commune's area in the zone (0..1) and whether its reference point lies in it. */
    public record CommuneShare(double share, boolean pointInside) {
    }

    /** Shares for each commune; {@code points[i]} may be null (then pointInside is false). */
    public static CommuneShare[] shares(Geometry zone, Geometry[] communes, Point[] points) {
        CommuneShare[] shares = new CommuneShare[communes.length];
        STRtree index = new STRtree();
        for (int k = 0; k < zone.getNumGeometries(); k++) {
            Geometry part = zone.getGeometryN(k);
            index.insert(part.getEnvelopeInternal(), PreparedGeometryFactory.prepare(part));
        }
        for (int i = 0; i < communes.length; i++) {
            double inside = 0;
            boolean pointInside = false;
            for (Object o : index.query(communes[i].getEnvelopeInternal())) {
                PreparedGeometry part = (PreparedGeometry) o;
                if (part.containsProperly(communes[i])) {
                    inside += communes[i].getArea();
                } else if (part.intersects(communes[i])) {
                    inside += part.getGeometry().intersection(communes[i]).getArea();
                }
                pointInside |= points[i] != null && part.covers(points[i]);
            }
            double area = communes[i].getArea();
            shares[i] = new CommuneShare(area > 0 ? Math.min(1, inside / area) : 0, pointInside);
        }
        return shares;
    }
}
