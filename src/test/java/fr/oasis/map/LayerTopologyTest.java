package fr.oasis.map;

import static org.assertj.core.api.Assertions.assertThat;

import fr.oasis.territory.TerritoryView;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The topology encoding gives back every ring of every feature (same points in the same order, up
 * to where the closed ring starts), stores each shared border once, and a subset carries only its
 * own arcs. Checked on a tiling of irregular cells (random vertices on shared borders), with an
 * enclave in a hole and a feature in two parts, by decoding the JSON as the map does.
 */
class LayerTopologyTest {
    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    private static final double SCALE = 10_000;

    @Test
    void everyRingComesBackAndSharedBordersAreStoredOnce() {
        List<TerritoryView.MapShape> shapes = tiling(new Random(42), 6, 5);
        LayerTopology topology = LayerTopology.of(shapes, SCALE);
        JsonNode json = parse(topology.write(header(), null));

        assertDecodesTo(json, shapes);
        long ringPoints = 0;
        for (TerritoryView.MapShape shape : shapes) {
            ringPoints += shape.geometry().getNumPoints();
        }
        long arcPoints = 0;
        for (JsonNode arc : json.get("arcs")) {
            arcPoints += arc.size() / 2;
        }
        // Inner borders are shared by two cells: stored once, so well under the ring points.
        assertThat(arcPoints).isLessThan(ringPoints * 7 / 10);
        assertThat(json.get("type").asString()).isEqualTo("OasisTopology");
        assertThat(json.get("source").asString()).isEqualTo("test");
    }

    @Test
    void aSubsetCarriesOnlyItsOwnArcs() {
        List<TerritoryView.MapShape> shapes = tiling(new Random(7), 5, 5);
        LayerTopology topology = LayerTopology.of(shapes, SCALE);
        List<LayerTopology.Shape> subset = List.of(topology.shapes().get(0), topology.shapes().get(12));
        JsonNode json = parse(topology.write(header(), subset));

        assertDecodesTo(json, List.of(shapes.get(0), shapes.get(12)));
        assertThat(json.get("arcs").size()).isLessThan(topology.arcCount());
    }

    @Test
    void atAZoomBordersAreSimplifiedOnceToAPixelAndRingsStayRings() {
        List<TerritoryView.MapShape> shapes = tiling(new Random(3), 6, 6);
        int zoom = 9; // a pixel is 0.0027°, about a tenth of a cell; the borders' wiggles are ±0.005°
        LayerTopology topology = LayerTopology.forZoom(shapes, zoom, 6);
        JsonNode json = parse(topology.write(header(), null));
        double scale = json.get("scale").asDouble();
        double pixel = 360.0 / (256 * Math.pow(2, zoom)) * scale;
        List<List<long[]>> arcs = arcs(json);
        java.util.Iterator<List<long[]>> decoded = rings(json, arcs).iterator();
        long exactPoints = 0;
        long keptPoints = 0;
        for (int f = 0; f < shapes.size(); f++) {
            MultiPolygon original = shapes.get(f).geometry();
            for (int p = 0; p < original.getNumGeometries(); p++) {
                Polygon polygon = (Polygon) original.getGeometryN(p);
                for (int r = 0; r <= polygon.getNumInteriorRing(); r++) {
                    List<long[]> ring = decoded.next();
                    List<long[]> exact = quantised(r == 0 ? polygon.getExteriorRing()
                            : polygon.getInteriorRingN(r - 1), scale);
                    assertThat(ring.get(0)).isEqualTo(ring.get(ring.size() - 1));
                    assertThat(ring.size()).as("a ring keeps three distinct points").isGreaterThanOrEqualTo(4);
                    for (long[] point : exact) {
                        assertThat(distanceToRing(point, ring)).isLessThanOrEqualTo(pixel + 1);
                    }
                    exactPoints += exact.size();
                    keptPoints += ring.size();
                }
            }
        }
        assertThat(keptPoints).as("simplification removed points").isLessThan(exactPoints);
    }

    private static double distanceToRing(long[] point, List<long[]> ring) {
        double best = Double.MAX_VALUE;
        for (int i = 0; i + 1 < ring.size(); i++) {
            best = Math.min(best, ArcSimplifier.distance(LayerTopology.point(point[0], point[1]),
                    LayerTopology.point(ring.get(i)[0], ring.get(i)[1]),
                    LayerTopology.point(ring.get(i + 1)[0], ring.get(i + 1)[1])));
        }
        return best;
    }

    /** The arcs in grid points: deltas along each arc, its first point from the previous arc's first point. */
    private static List<List<long[]>> arcs(JsonNode json) {
        List<List<long[]>> arcs = new ArrayList<>();
        long startX = 0;
        long startY = 0;
        for (JsonNode deltas : json.get("arcs")) {
            List<long[]> points = new ArrayList<>();
            long x = startX;
            long y = startY;
            for (int i = 0; i < deltas.size(); i += 2) {
                x += deltas.get(i).asLong();
                y += deltas.get(i + 1).asLong();
                points.add(new long[] {x, y});
            }
            startX = points.get(0)[0];
            startY = points.get(0)[1];
            arcs.add(points);
        }
        return arcs;
    }

    private static void assertDecodesTo(JsonNode json, List<TerritoryView.MapShape> shapes) {
        double scale = json.get("scale").asDouble();
        java.util.Iterator<List<long[]>> decoded = rings(json, arcs(json)).iterator();
        JsonNode features = json.get("features");
        assertThat(features.size()).isEqualTo(shapes.size());
        for (int f = 0; f < shapes.size(); f++) {
            JsonNode feature = features.get(f);
            MultiPolygon expected = shapes.get(f).geometry();
            assertThat(feature.get("code").asString()).isEqualTo(shapes.get(f).code());
            assertThat(feature.get("polygons").size()).isEqualTo(expected.getNumGeometries());
            for (int p = 0; p < expected.getNumGeometries(); p++) {
                Polygon polygon = (Polygon) expected.getGeometryN(p);
                JsonNode rings = feature.get("polygons").get(p);
                assertThat(rings.size()).isEqualTo(1 + polygon.getNumInteriorRing());
                for (int r = 0; r < rings.size(); r++) {
                    LineString ring = r == 0 ? polygon.getExteriorRing() : polygon.getInteriorRingN(r - 1);
                    assertSameCycle(decoded.next(), quantised(ring, scale));
                }
            }
        }
    }

    /** Every ring's points joined from its arcs as the map does, in order: features, polygons, rings. */
    private static List<List<long[]>> rings(JsonNode json, List<List<long[]>> arcs) {
        List<List<long[]>> rings = new ArrayList<>();
        int[] previous = {0};
        for (JsonNode feature : json.get("features")) {
            for (JsonNode polygon : feature.get("polygons")) {
                for (JsonNode ring : polygon) {
                    rings.add(decode(ring, arcs, previous));
                }
            }
        }
        return rings;
    }

    /** A ring's points joined from its arcs: each arc after the first without its first point. */
    private static List<long[]> decode(JsonNode refs, List<List<long[]>> arcs, int[] previous) {
        List<long[]> points = new ArrayList<>();
        for (JsonNode node : refs) {
            int value = node.asInt();
            int index = previous[0] + (value >> 1);
            previous[0] = index;
            boolean reversed = (value & 1) == 1;
            List<long[]> arc = new ArrayList<>(arcs.get(index));
            if (reversed) {
                java.util.Collections.reverse(arc);
            }
            points.addAll(points.isEmpty() ? arc : arc.subList(1, arc.size()));
        }
        return points;
    }

    private static List<long[]> quantised(LineString ring, double scale) {
        List<long[]> points = new ArrayList<>();
        for (Coordinate c : ring.getCoordinates()) {
            points.add(new long[] {Math.round(c.x * scale), Math.round(c.y * scale)});
        }
        return points;
    }

    /** Same closed ring, same direction, possibly starting at another point. */
    private static void assertSameCycle(List<long[]> actual, List<long[]> expected) {
        assertThat(actual.get(0)).isEqualTo(actual.get(actual.size() - 1));
        assertThat(actual).hasSameSizeAs(expected);
        int n = expected.size() - 1;
        int shift = -1;
        for (int s = 0; s < n && shift < 0; s++) {
            boolean all = true;
            for (int i = 0; i < n && all; i++) {
                all = java.util.Arrays.equals(actual.get(i), expected.get((i + s) % n));
            }
            shift = all ? s : -1;
        }
        assertThat(shift).as("decoded ring is the original ring rotated").isNotNegative();
    }

    /**
     * A grid of cells whose shared borders have random intermediate vertices (so arcs are not
     * trivial), the centre cell with a square hole filled by an enclave, and the last cell given
     * a detached second part.
     */
    private static List<TerritoryView.MapShape> tiling(Random random, int columns, int rows) {
        double size = 0.05;
        // Intermediate points of each horizontal and vertical grid edge, shared by its two cells.
        Coordinate[][][] horizontal = new Coordinate[columns][rows + 1][];
        Coordinate[][][] vertical = new Coordinate[columns + 1][rows][];
        for (int c = 0; c < columns; c++) {
            for (int r = 0; r <= rows; r++) {
                horizontal[c][r] = edge(random, new Coordinate(5 + c * size, 48 + r * size),
                        new Coordinate(5 + (c + 1) * size, 48 + r * size), r > 0 && r < rows);
            }
        }
        for (int c = 0; c <= columns; c++) {
            for (int r = 0; r < rows; r++) {
                vertical[c][r] = edge(random, new Coordinate(5 + c * size, 48 + r * size),
                        new Coordinate(5 + c * size, 48 + (r + 1) * size), c > 0 && c < columns);
            }
        }
        List<TerritoryView.MapShape> shapes = new ArrayList<>();
        int centreColumn = columns / 2;
        int centreRow = rows / 2;
        Polygon enclave = null;
        for (int c = 0; c < columns; c++) {
            for (int r = 0; r < rows; r++) {
                List<Coordinate> ring = new ArrayList<>();
                ring.addAll(List.of(horizontal[c][r]));                              // bottom, west to east
                ring.addAll(List.of(vertical[c + 1][r]).subList(1, vertical[c + 1][r].length)); // east, up
                List<Coordinate> top = new ArrayList<>(List.of(horizontal[c][r + 1]));
                java.util.Collections.reverse(top);
                ring.addAll(top.subList(1, top.size()));                             // top, east to west
                List<Coordinate> west = new ArrayList<>(List.of(vertical[c][r]));
                java.util.Collections.reverse(west);
                ring.addAll(west.subList(1, west.size()));                           // west, down
                Polygon cell = GEOMETRY.createPolygon(ring.toArray(Coordinate[]::new));
                Geometry geometry = cell;
                if (c == centreColumn && r == centreRow) {
                    double x = 5 + c * size + size / 4;
                    double y = 48 + r * size + size / 4;
                    enclave = (Polygon) GEOMETRY.createPolygon(new Coordinate[] {new Coordinate(x, y),
                            new Coordinate(x + size / 2, y), new Coordinate(x + size / 3, y + size / 2),
                            new Coordinate(x, y)});
                    geometry = cell.difference(enclave);
                }
                if (c == columns - 1 && r == rows - 1) {
                    Polygon island = GEOMETRY.createPolygon(new Coordinate[] {new Coordinate(6, 47),
                            new Coordinate(6.01, 47), new Coordinate(6.01, 47.01), new Coordinate(6, 47)});
                    geometry = GEOMETRY.createMultiPolygon(new Polygon[] {cell, island});
                }
                shapes.add(shape("C" + c + "_" + r, geometry));
            }
        }
        shapes.add(shape("ENCLAVE", enclave));
        return shapes;
    }

    private static Coordinate[] edge(Random random, Coordinate from, Coordinate to, boolean wiggle) {
        int inner = 1 + random.nextInt(6);
        Coordinate[] points = new Coordinate[inner + 2];
        points[0] = from;
        points[inner + 1] = to;
        for (int i = 1; i <= inner; i++) {
            double t = (double) i / (inner + 1);
            double offset = wiggle ? (random.nextDouble() - 0.5) * 0.01 : 0;
            boolean horizontal = from.y == to.y;
            points[i] = new Coordinate(from.x + t * (to.x - from.x) + (horizontal ? 0 : offset),
                    from.y + t * (to.y - from.y) + (horizontal ? offset : 0));
        }
        return points;
    }

    private static TerritoryView.MapShape shape(String code, Geometry geometry) {
        MultiPolygon multi = geometry instanceof MultiPolygon m ? m
                : GEOMETRY.createMultiPolygon(new Polygon[] {(Polygon) geometry});
        return new TerritoryView.MapShape(code, "Commune " + code, 100, multi);
    }

    private static byte[] header() {
        return "{\"type\":\"OasisTopology\",\"source\":\"test\",".getBytes(StandardCharsets.UTF_8);
    }

    private static JsonNode parse(byte[] json) {
        return JsonMapper.builder().build().readTree(new String(json, StandardCharsets.UTF_8));
    }
}
