package fr.oasis.territory.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.PrecisionModel;

class CoverageGeneralizerTest {

    private static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);
    private static final int CELLS = 3;
    private static final int STEPS = 100;
    private static final double AMPLITUDE = 0.004;

    @Test
    void simplifiedCoverageKeepsSharedEdgesAndLosesVertices() {
        Map<String, Geometry> grid = wigglyGrid();
        assertThat(CoverageValidator.isValid(grid.values().toArray(new Geometry[0]))).isTrue();

        CoverageGeneralizer.Result result = CoverageGeneralizer.generalize(grid, ZoomClass.REGION);

        Geometry[] simplified = result.geometries().values().toArray(new Geometry[0]);
        assertThat(CoverageValidator.hasInvalidResult(CoverageValidator.validate(simplified, 0.05)))
                .as("no gaps, no overlaps").isFalse();
        assertThat(result.verticesAfter()).isLessThan(result.verticesBefore() / 4);
        assertThat(result.emptied()).isEmpty();
        double area = result.geometries().values().stream().mapToDouble(Geometry::getArea).sum();
        assertThat(area).isCloseTo(CELLS * CELLS, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void coordinatesAreRoundedToTheZoomClassPrecision() {
        CoverageGeneralizer.Result result = CoverageGeneralizer.generalize(wigglyGrid(), ZoomClass.DEPARTEMENT);

        for (MultiPolygon contour : result.geometries().values()) {
            assertThat(contour.isValid()).isTrue();
            for (Coordinate c : contour.getCoordinates()) {
                assertThat(Math.abs(c.x * 1e4 - Math.rint(c.x * 1e4))).isLessThan(1e-6);
                assertThat(Math.abs(c.y * 1e4 - Math.rint(c.y * 1e4))).isLessThan(1e-6);
            }
        }
        assertThat(CoverageValidator.isValid(result.geometries().values().toArray(new Geometry[0]))).isTrue();
    }

    @Test
    void detailClassOnlyRoundsAndKeepsEveryVertex() {
        CoverageGeneralizer.Result result = CoverageGeneralizer.generalize(wigglyGrid(), ZoomClass.DETAIL);

        assertThat(result.verticesAfter()).isEqualTo(result.verticesBefore());
        assertThat(result.repaired()).isEmpty();
    }

    @Test
    void verticesThatRoundingWouldCollapseKeepFinerDecimalsOnBothSides() {
        // A's spike tip is 4e-7 above A's own bottom edge: at 6 decimals it would land on it.
        // B fills the notch above the spike and shares the tip.
        Map<String, Geometry> coverage = new LinkedHashMap<>();
        coverage.put("A", Wkt.read("POLYGON ((0 0, 1 0, 1 1, 0.5 0.0000004, 0 1, 0 0))"));
        coverage.put("B", Wkt.read("POLYGON ((0 1, 0.5 0.0000004, 1 1, 0 1))"));

        CoverageGeneralizer.Result result = CoverageGeneralizer.generalize(coverage, ZoomClass.DETAIL);

        assertThat(result.refined()).containsExactly("A");
        assertThat(result.repaired()).isEmpty();
        assertThat(result.geometries().get("A").isValid()).isTrue();
        assertThat(result.geometries().get("B").getCoordinates()).contains(new Coordinate(0.5, 0.0000004));
        assertThat(CoverageValidator.isValid(result.geometries().values().toArray(new Geometry[0]))).isTrue();
    }

    @Test
    void zoomClassesFollowWebMapPixels() {
        assertThat(ZoomClass.forZoom(5)).isEqualTo(ZoomClass.REGION);
        assertThat(ZoomClass.forZoom(8)).isEqualTo(ZoomClass.DEPARTEMENT);
        assertThat(ZoomClass.forZoom(11)).isEqualTo(ZoomClass.EPCI);
        assertThat(ZoomClass.forZoom(14)).isEqualTo(ZoomClass.DETAIL);
        // one 256-pixel tile spans 360/2^7 degrees at zoom 7
        assertThat(ZoomClass.REGION.toleranceDegrees()).isEqualTo(360.0 / 256 / 128);
    }

    /**
     * A 3 x 3 grid of one-degree cells whose borders zigzag with 100 vertices each. The wiggle
     * vanishes at whole degrees, so that borders meet at the cell corners, and each border is
     * computed from the same function for both neighbours, so they share it exactly.
     */
    private static Map<String, Geometry> wigglyGrid() {
        Map<String, Geometry> cells = new LinkedHashMap<>();
        for (int i = 0; i < CELLS; i++) {
            for (int j = 0; j < CELLS; j++) {
                List<Coordinate> ring = new ArrayList<>();
                ring.addAll(horizontal(j, i, i + 1));
                ring.addAll(vertical(i + 1, j, j + 1));
                ring.addAll(horizontal(j + 1, i + 1, i));
                ring.addAll(vertical(i, j + 1, j));
                ring.add(ring.get(0));
                cells.put("C" + i + j, FACTORY.createPolygon(ring.toArray(new Coordinate[0])));
            }
        }
        return cells;
    }

    /** Border y = row, from x = from to x = to, last point excluded. */
    private static List<Coordinate> horizontal(int row, int from, int to) {
        List<Coordinate> points = new ArrayList<>();
        for (double x : lattice(from, to)) {
            points.add(new Coordinate(x, row + wiggle(x)));
        }
        return points;
    }

    /** Border x = column, from y = from to y = to, last point excluded. */
    private static List<Coordinate> vertical(int column, int from, int to) {
        List<Coordinate> points = new ArrayList<>();
        for (double y : lattice(from, to)) {
            points.add(new Coordinate(column + wiggle(y), y));
        }
        return points;
    }

    /** Positions m / STEPS from {@code from} towards {@code to}; the same values both ways. */
    private static double[] lattice(int from, int to) {
        double[] positions = new double[STEPS];
        int direction = Integer.signum(to - from);
        for (int k = 0; k < STEPS; k++) {
            positions[k] = (double) (from * STEPS + direction * k) / STEPS;
        }
        return positions;
    }

    private static double wiggle(double t) {
        double offset = AMPLITUDE * Math.sin(2 * Math.PI * 7 * t) * Math.sin(Math.PI * 3 * t);
        return Math.abs(t - Math.rint(t)) < 1e-12 ? 0 : offset;
    }
}
