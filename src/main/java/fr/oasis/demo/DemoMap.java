package fr.oasis.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.precision.GeometryPrecisionReducer;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * Draws the demonstration communes: Voronoi cells of jittered grid sites, clipped to a
 * département-sized rectangle of Lorraine-like latitude.
 * <p>
 * A jittered grid, rather than uniform random sites, keeps commune sizes within a factor of a
 * few, as real communes are. Cells are rounded to 1e-6° vertex by vertex after clipping: two
 * cells clipped separately may otherwise disagree in the last bits of a border point, which
 * would break the coverage the rest of the application relies on.
 * <p>
 * Thread-safety: stateless; the caller's {@link Random} is not thread-safe.
 */
final class DemoMap {

    /** The demonstration territory's extent, lon 5.0–6.2, lat 48.3–49.0 (about 88 × 78 km). */
    static final Envelope EXTENT = new Envelope(5.0, 6.2, 48.3, 49.0);
    static final int COLUMNS = 12;
    static final int ROWS = 10;

    private static final double JITTER = 0.35;
    private static final PrecisionModel MICRO_DEGREES = new PrecisionModel(1e6);

    /** One commune cell: its grid position (row 0 is the northernmost), its site and contour. */
    record Cell(int row, int column, Coordinate site, Geometry contour) {
    }

    private DemoMap() {
    }

    /** Cells in row-major order from the north-west corner. */
    static List<Cell> draw(Random random, GeometryFactory factory) {
        return draw(random, factory, EXTENT, COLUMNS, ROWS);
    }

    /**
     * Cells of a {@code columns} × {@code rows} jittered grid over {@code extent}, in row-major
     * order from the north-west corner (two draws per cell, x then y).
     */
    static List<Cell> draw(Random random, GeometryFactory factory, Envelope extent, int columns, int rows) {
        double width = extent.getWidth() / columns;
        double height = extent.getHeight() / rows;
        List<Coordinate> sites = new ArrayList<>();
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++) {
                double x = extent.getMinX() + (column + 0.5 + jitter(random)) * width;
                double y = extent.getMaxY() - (row + 0.5 + jitter(random)) * height;
                Coordinate site = new Coordinate(x, y);
                MICRO_DEGREES.makePrecise(site);
                sites.add(site);
            }
        }
        Map<Coordinate, Geometry> cellOfSite = voronoiCells(sites, factory, extent);
        List<Cell> cells = new ArrayList<>(sites.size());
        for (int i = 0; i < sites.size(); i++) {
            Coordinate site = sites.get(i);
            cells.add(new Cell(i / columns, i % columns, site, cellOfSite.get(site)));
        }
        if (!CoverageValidator.isValid(cells.stream().map(Cell::contour).toArray(Geometry[]::new))) {
            throw new IllegalStateException("demonstration communes do not form a valid coverage");
        }
        return cells;
    }

    /** Index lists of the cells sharing a border (not just a corner) with each cell. */
    static List<List<Integer>> neighbours(List<Cell> cells) {
        return touching(cells.stream().map(Cell::contour).toList());
    }

    /**
     * Index lists of the contours sharing a border (not just a corner) with each contour, each
     * list in ascending order, for contours forming a valid coverage (as the demonstration's do:
     * {@link #draw} checks it). In a valid coverage two polygons share a border exactly when they
     * share a segment between two equal vertices, so one pass over the segments finds every
     * pair: time linear in the vertices (35,000 communes at the France scale), not in the pairs.
     */
    static List<List<Integer>> touching(List<Geometry> contours) {
        record Segment(double x0, double y0, double x1, double y1) {
            static Segment of(Coordinate a, Coordinate b) {
                return a.compareTo(b) <= 0 ? new Segment(a.x, a.y, b.x, b.y) : new Segment(b.x, b.y, a.x, a.y);
            }
        }
        Map<Segment, Integer> firstOwner = new HashMap<>();
        List<java.util.SortedSet<Integer>> neighbours = new ArrayList<>();
        for (int i = 0; i < contours.size(); i++) {
            neighbours.add(new java.util.TreeSet<>());
        }
        for (int i = 0; i < contours.size(); i++) {
            for (int part = 0; part < contours.get(i).getNumGeometries(); part++) {
                org.locationtech.jts.geom.Polygon polygon =
                        (org.locationtech.jts.geom.Polygon) contours.get(i).getGeometryN(part);
                for (int r = -1; r < polygon.getNumInteriorRing(); r++) {
                    Coordinate[] ring = (r < 0 ? polygon.getExteriorRing() : polygon.getInteriorRingN(r)).getCoordinates();
                    for (int k = 0; k + 1 < ring.length; k++) {
                        Integer other = firstOwner.putIfAbsent(Segment.of(ring[k], ring[k + 1]), i);
                        if (other != null && other != i) {
                            neighbours.get(i).add(other);
                            neighbours.get(other).add(i);
                        }
                    }
                }
            }
        }
        return neighbours.stream().map(set -> (List<Integer>) new ArrayList<>(set)).toList();
    }

    private static Map<Coordinate, Geometry> voronoiCells(List<Coordinate> sites, GeometryFactory factory,
                                                          Envelope extent) {
        VoronoiDiagramBuilder builder = new VoronoiDiagramBuilder();
        builder.setSites(sites);
        builder.setClipEnvelope(extent);
        Geometry diagram = builder.getDiagram(factory);
        Geometry frame = factory.toGeometry(extent);
        Map<Coordinate, Geometry> cellOfSite = new HashMap<>();
        for (int i = 0; i < diagram.getNumGeometries(); i++) {
            Geometry cell = diagram.getGeometryN(i);
            Geometry clipped = GeometryPrecisionReducer.reducePointwise(cell.intersection(frame), MICRO_DEGREES);
            clipped.setSRID(factory.getSRID());
            // The builder tags each cell with its site.
            cellOfSite.put((Coordinate) cell.getUserData(), clipped);
        }
        return cellOfSite;
    }

    private static double jitter(Random random) {
        return (random.nextDouble() * 2 - 1) * JITTER;
    }
}
