package fr.oasis.accessibility.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.union.CascadedPolygonUnion;

/**
 * Proximity zones (PASST: "territoires à moins d'1 km d'un dentiste et/ou d'un infirmier"): the
 * area within a radius of at least one practitioner of a profession, zones of several
 * professions combined with "and" (intersection) or "or" (union), and per commune the share of
 * its area inside the zone and whether its reference point is.
 * <p>
 * The zone is never built whole: for each commune only the discs that can reach it are united
 * and clipped, so the cost grows with the number of (commune, nearby disc) pairs, not with the
 * size of a region-wide union (which, around dense towns, has thousands of vertices).
 * <p>
 * Units: coordinates in a metric projection (Lambert-93 for France), radius in metres. Discs are
 * polygons of {@value #QUADRANT_SEGMENTS} segments a quadrant (area about 0.6 % under the true
 * circle); "point inside" uses the exact distance. Immutable after construction; thread-safe.
 */
public final class ProximityZone {
    static final int QUADRANT_SEGMENTS = 8;

    private final GeometryFactory factory;
    private final double radius;
    private final List<STRtree> professions = new ArrayList<>();

    /**
     * @param x      per profession, practitioner x coordinates (metres)
     * @param y      per profession, practitioner y coordinates
     * @param radius metres, positive
     */
    public ProximityZone(GeometryFactory factory, List<double[]> x, List<double[]> y, double radius) {
        if (!(radius > 0) || Double.isInfinite(radius)) {
            throw new IllegalArgumentException("proximity: radius must be positive, got " + radius);
        }
        if (x.isEmpty() || x.size() != y.size()) {
            throw new IllegalArgumentException("proximity: at least one profession, with as many x as y arrays");
        }
        this.factory = factory;
        this.radius = radius;
        for (int k = 0; k < x.size(); k++) {
            professions.add(index(x.get(k), y.get(k)));
        }
    }

    /** Share of a commune's area in the zone (0..1) and whether its reference point lies in it. */
    public record CommuneShare(double share, double areaInside, boolean pointInside) {
    }

    /** {@link #shares(boolean, Geometry[], Point[], BooleanSupplier)} without a stop signal. */
    public CommuneShare[] shares(boolean all, Geometry[] communes, Point[] points) {
        return shares(all, communes, points, () -> false);
    }

    /**
     * @param all      true: near every profession ("and"); false: near at least one ("or")
     * @param points   reference points, {@code points[i]} may be null
     * @param stop     polled before each commune; once true the computation ends with a
     *                 {@link CancellationException} (a time limit, a client gone)
     */
    public CommuneShare[] shares(boolean all, Geometry[] communes, Point[] points, BooleanSupplier stop) {
        return IntStream.range(0, communes.length).parallel()
                .mapToObj(i -> {
                    if (stop.getAsBoolean()) {
                        throw new CancellationException("proximity: stopped before commune " + i);
                    }
                    return share(all, communes[i], points[i]);
                }).toArray(CommuneShare[]::new);
    }

    /**
     * Whether each point lies within the radius of a practitioner of every (all) or any
     * profession: the exact distance to the discs' centres, no polygon work, so it costs
     * microseconds a point. {@code points[i]} may be null (then false).
     */
    public boolean[] pointsInside(boolean all, Point[] points) {
        boolean[] inside = new boolean[points.length];
        for (int i = 0; i < points.length; i++) {
            Point point = points[i];
            if (point == null) {
                continue;
            }
            Envelope reach = new Envelope(point.getCoordinate());
            reach.expandBy(radius);
            boolean result = all;
            for (STRtree discs : professions) {
                boolean close = false;
                for (Object o : discs.query(reach)) {
                    if (((Point) ((Geometry) o).getUserData()).distance(point) <= radius) {
                        close = true;
                        break;
                    }
                }
                result = all ? result && close : result || close;
            }
            inside[i] = result;
        }
        return inside;
    }

    private CommuneShare share(boolean all, Geometry commune, Point point) {
        Envelope reach = new Envelope(commune.getEnvelopeInternal());
        reach.expandBy(radius);
        Geometry zone = null;
        boolean pointInside = !all ? false : point != null;
        for (STRtree discs : professions) {
            List<Geometry> near = new ArrayList<>();
            boolean close = false;
            for (Object o : discs.query(reach)) {
                Geometry disc = (Geometry) o;
                near.add(disc);
                close |= point != null && ((Point) disc.getUserData()).distance(point) <= radius;
            }
            pointInside = all ? pointInside && close : pointInside || close;
            Geometry local = near.isEmpty() ? factory.createPolygon() : CascadedPolygonUnion.union(near);
            zone = zone == null ? local : all ? zone.intersection(local) : zone.union(local);
        }
        double area = commune.getArea();
        double inside = zone.isEmpty() ? 0 : zone.intersection(commune).getArea();
        return new CommuneShare(area > 0 ? Math.min(1, inside / area) : 0, inside, pointInside);
    }

    /** Discs around distinct positions (a practice, or count-based supply at a commune point, makes one). */
    private STRtree index(double[] x, double[] y) {
        STRtree tree = new STRtree();
        Set<Coordinate> seen = new HashSet<>();
        for (int i = 0; i < x.length; i++) {
            Coordinate c = new Coordinate(x[i], y[i]);
            if (seen.add(c)) {
                Point centre = factory.createPoint(c);
                Geometry disc = centre.buffer(radius, QUADRANT_SEGMENTS);
                disc.setUserData(centre);
                tree.insert(disc.getEnvelopeInternal(), disc);
            }
        }
        tree.build();
        return tree;
    }
}
