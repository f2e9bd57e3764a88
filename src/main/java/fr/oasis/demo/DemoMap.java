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
        double width = EXTENT.getWidth() / COLUMNS;
        double height = EXTENT.getHeight() / ROWS;
        List<Coordinate> sites = new ArrayList<>();
        for (int row = 0; row < ROWS; row++) {
            for (int column = 0; column < COLUMNS; column++) {
                double x = EXTENT.getMinX() + (column + 0.5 + jitter(random)) * width;
                double y = EXTENT.getMaxY() - (row + 0.5 + jitter(random)) * height;
                Coordinate site = new Coordinate(x, y);
                MICRO_DEGREES.makePrecise(site);
                sites.add(site);
            }
        }
        Map<Coordinate, Geometry> cellOfSite = voronoiCells(sites, factory);
        List<Cell> cells = new ArrayList<>(sites.size());
        for (int i = 0; i < sites.size(); i++) {
            Coordinate site = sites.get(i);
            cells.add(new Cell(i / COLUMNS, i % COLUMNS, site, cellOfSite.get(site)));
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

    /** Index lists of the contours sharing a border (not just a corner) with each contour. */
    static List<List<Integer>> touching(List<Geometry> contours) {
        List<List<Integer>> neighbours = new ArrayList<>();
        for (int i = 0; i < contours.size(); i++) {
            neighbours.add(new ArrayList<>());
        }
        for (int i = 0; i < contours.size(); i++) {
            Geometry a = contours.get(i);
            for (int j = i + 1; j < contours.size(); j++) {
                Geometry b = contours.get(j);
                if (a.getEnvelopeInternal().intersects(b.getEnvelopeInternal()) && a.relate(b, "****1****")) {
                    neighbours.get(i).add(j);
                    neighbours.get(j).add(i);
                }
            }
        }
        return neighbours;
    }

    private static Map<Coordinate, Geometry> voronoiCells(List<Coordinate> sites, GeometryFactory factory) {
        VoronoiDiagramBuilder builder = new VoronoiDiagramBuilder();
        builder.setSites(sites);
        builder.setClipEnvelope(EXTENT);
        Geometry diagram = builder.getDiagram(factory);
        Geometry frame = factory.toGeometry(EXTENT);
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
