package fr.oasis.map;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import fr.oasis.territory.TerritoryView;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/**
 * The contours of a layer as a topology: every border shared by two territories is written once,
 * as an "arc", and each ring lists the arcs it is made of. Communes tile the territory, so almost
 * every border is shared: the Grand Est commune layer at zoom 8 has 107,887 ring vertices but only
 * 55,013 distinct border segments. Coordinates are integers on the zoom class's grid (the same
 * rounding as the GeoJSON), delta-encoded along each arc, which compresses far better than
 * decimal degrees. The map decodes it back to GeoJSON ({@code static/js/map/api.js}).
 *
 * <p>Format ({@code format=topology}): the layer's GeoJSON header members, then
 * {@code "scale":S,"arcs":[[x0,y0,dx1,dy1,...],...],"features":[{"code":..,"name":..,"polygons":
 * [[[arc refs of the exterior ring],[refs of each hole]],...]}]}. Grid coordinates divided by S
 * are degrees; each point is given as the difference from the one before, and an arc's first point
 * from the previous arc's first point. A ref is {@code 2 × (arc index − previous ref's arc index)},
 * plus 1 when the arc is taken reversed (the previous index starts at 0 and runs across features).
 * A ring is its arcs joined end to start, each arc after the first without its first point, and
 * comes out closed.
 *
 * <p>How arcs are cut: each ring is cut at the vertices where the set of rings owning the border
 * changes (one territory ends, another begins) and where three or more ring passages meet, so both
 * sides of a shared border cut it at the same vertices and the two copies are recognised as one
 * arc (compared point by point, in either direction). Immutable once built; thread-safe.
 */
final class LayerTopology {
    /** One feature: its code, name and, per polygon, per ring, the refs of its arcs. */
    record Shape(String code, String name, int[][][] polygons) {
    }

    private final double scale;
    private final List<long[]> arcs;
    private final List<Shape> shapes;

    private LayerTopology(double scale, List<long[]> arcs, List<Shape> shapes) {
        this.scale = scale;
        this.arcs = arcs;
        this.shapes = shapes;
    }

    List<Shape> shapes() {
        return shapes;
    }

    int arcCount() {
        return arcs.size();
    }

    /**
     * Builds the topology of {@code features} for drawing at web-map zoom {@code zoom}: points on a
     * grid of a tenth of a pixel at that zoom (never finer than {@code maxDecimals}), and each arc
     * simplified to one pixel at that zoom (Douglas-Peucker, ends kept) — the rule
     * {@link fr.oasis.territory.geo.ZoomClass} applies per class, applied per zoom. An arc is
     * simplified once for both territories it separates, so no gap or overlap can open between them.
     */
    static LayerTopology forZoom(List<TerritoryView.MapShape> features, int zoom, int maxDecimals) {
        double pixel = 360.0 / (256 * Math.pow(2, zoom));
        double scale = Math.min(Math.pow(10, maxDecimals), Math.ceil(10 / pixel));
        LayerTopology exact = of(features, scale);
        return new LayerTopology(scale, exact.arcs.stream().map(a -> ArcSimplifier.simplify(a, pixel * scale)).toList(),
                exact.shapes);
    }

    /** Builds the topology of {@code features}, coordinates on a grid of {@code scale} steps per degree. */
    static LayerTopology of(List<TerritoryView.MapShape> features, double scale) {
        List<long[]> rings = new ArrayList<>();
        List<int[]> ringCounts = new ArrayList<>(); // per feature, per polygon: ring count
        for (TerritoryView.MapShape feature : features) {
            MultiPolygon geometry = feature.geometry();
            int[] counts = new int[geometry.getNumGeometries()];
            for (int p = 0; p < counts.length; p++) {
                Polygon polygon = (Polygon) geometry.getGeometryN(p);
                counts[p] = 1 + polygon.getNumInteriorRing();
                rings.add(quantised(polygon.getExteriorRing(), scale));
                for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                    rings.add(quantised(polygon.getInteriorRingN(h), scale));
                }
            }
            ringCounts.add(counts);
        }
        ArcBuilder builder = new ArcBuilder(rings);
        List<Shape> shapes = new ArrayList<>(features.size());
        int ring = 0;
        for (int f = 0; f < features.size(); f++) {
            int[] counts = ringCounts.get(f);
            int[][][] polygons = new int[counts.length][][];
            for (int p = 0; p < counts.length; p++) {
                polygons[p] = new int[counts[p]][];
                for (int r = 0; r < counts[p]; r++) {
                    polygons[p][r] = builder.refs(ring++);
                }
            }
            shapes.add(new Shape(features.get(f).code(), features.get(f).name(), polygons));
        }
        return new LayerTopology(scale, List.copyOf(builder.arcs), shapes);
    }

    /**
     * Writes the features {@code selected} (all when null) after {@code header}, with only the
     * arcs they use, renumbered in order of first use.
     */
    byte[] write(byte[] header, List<Shape> selected) {
        List<Shape> written = selected == null ? shapes : selected;
        Map<Integer, Integer> renumbered = new HashMap<>();
        List<Integer> used = new ArrayList<>();
        StringBuilder features = new StringBuilder(64 * written.size());
        int previous = 0;
        for (int f = 0; f < written.size(); f++) {
            Shape shape = written.get(f);
            features.append(f == 0 ? "" : ",").append("{\"code\":");
            GeoJsonWriter.string(features, shape.code());
            features.append(",\"name\":");
            GeoJsonWriter.string(features, shape.name());
            features.append(",\"polygons\":[");
            for (int p = 0; p < shape.polygons().length; p++) {
                features.append(p == 0 ? "[" : ",[");
                int[][] polygon = shape.polygons()[p];
                for (int r = 0; r < polygon.length; r++) {
                    features.append(r == 0 ? "[" : ",[");
                    for (int i = 0; i < polygon[r].length; i++) {
                        int ref = polygon[r][i];
                        int arc = ref < 0 ? ~ref : ref;
                        int index = renumbered.computeIfAbsent(arc, a -> {
                            used.add(a);
                            return used.size() - 1;
                        });
                        // Delta from the previous ref (neighbours use nearby arcs), low bit = reversed.
                        features.append(i == 0 ? "" : ",").append((index - previous) * 2 + (ref < 0 ? 1 : 0));
                        previous = index;
                    }
                    features.append(']');
                }
                features.append(']');
            }
            features.append("]}");
        }
        StringBuilder out = new StringBuilder(features.length() + 16 * used.size());
        out.append("\"scale\":").append((long) scale).append(",\"arcs\":[");
        long startX = 0;
        long startY = 0;
        for (int a = 0; a < used.size(); a++) {
            long[] points = arcs.get(used.get(a));
            out.append(a == 0 ? "[" : ",[");
            // The first point from the previous arc's first point: arcs are written in order of
            // use, so they start close to each other, and small numbers compress better.
            long previousX = startX;
            long previousY = startY;
            startX = x(points[0]);
            startY = y(points[0]);
            for (int i = 0; i < points.length; i++) {
                long x = x(points[i]);
                long y = y(points[i]);
                out.append(i == 0 ? "" : ",").append(x - previousX).append(',').append(y - previousY);
                previousX = x;
                previousY = y;
            }
            out.append(']');
        }
        out.append("],\"features\":[").append(features).append("]}");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(header.length + out.length());
        bytes.writeBytes(header);
        bytes.writeBytes(out.toString().getBytes(StandardCharsets.UTF_8));
        return bytes.toByteArray();
    }

    /** The ring's points on the integer grid, consecutive repeats dropped, closed (first == last). */
    private static long[] quantised(LineString ring, double scale) {
        Coordinate[] coordinates = ring.getCoordinates();
        long[] points = new long[coordinates.length + 1];
        int n = 0;
        for (Coordinate c : coordinates) {
            long point = point(Math.round(c.x * scale), Math.round(c.y * scale));
            if (n == 0 || points[n - 1] != point) {
                points[n++] = point;
            }
        }
        if (points[n - 1] != points[0]) {
            points[n++] = points[0];
        }
        return Arrays.copyOf(points, n);
    }

    static long point(long x, long y) {
        return (x << 32) | (y & 0xffffffffL);
    }

    static long x(long point) {
        return point >> 32;
    }

    static long y(long point) {
        return (int) point;
    }
}
