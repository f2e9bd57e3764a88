package fr.oasis.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.oasis.territory.TerritoryView;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * The national shapes keep every territory and a gap-free coverage, with fewer vertices and two
 * decimals; sub-pixel islands and holes go, the largest part always stays.
 */
class NationalShapesTest {
    private static final GeometryFactory GEOMETRY = new GeometryFactory(new PrecisionModel(), 4326);

    @Test
    void aWigglyGridStaysACoverageWithFewerVerticesAndTwoDecimals() {
        // 20 × 20 cells of 0.05° (a small commune at zoom 6 is about two pixels) with borders of
        // many vertices: each inner edge wiggles the same way for both neighbours.
        int cells = 20;
        double size = 0.05;
        Coordinate[][] grid = new Coordinate[cells + 1][cells + 1];
        for (int i = 0; i <= cells; i++) {
            for (int j = 0; j <= cells; j++) {
                grid[i][j] = new Coordinate(2 + i * size, 46 + j * size);
            }
        }
        List<TerritoryView.MapShape> region = new ArrayList<>();
        for (int i = 0; i < cells; i++) {
            for (int j = 0; j < cells; j++) {
                List<Coordinate> ring = new ArrayList<>();
                edge(ring, grid[i][j], grid[i + 1][j]);
                edge(ring, grid[i + 1][j], grid[i + 1][j + 1]);
                edge(ring, grid[i + 1][j + 1], grid[i][j + 1]);
                edge(ring, grid[i][j + 1], grid[i][j]);
                ring.add(ring.get(0));
                Polygon cell = GEOMETRY.createPolygon(ring.toArray(Coordinate[]::new));
                region.add(shape("C" + i + "_" + j, cell));
            }
        }
        List<TerritoryView.MapShape> national = NationalShapes.of(region);

        assertThat(national).extracting(TerritoryView.MapShape::code)
                .containsExactlyElementsOf(region.stream().map(TerritoryView.MapShape::code).toList());
        int before = region.stream().mapToInt(s -> s.geometry().getNumPoints()).sum();
        int after = national.stream().mapToInt(s -> s.geometry().getNumPoints()).sum();
        assertThat(after).as("vertices after (before " + before + ")").isLessThan(before / 3);
        double total = 0;
        for (TerritoryView.MapShape s : national) {
            assertThat(s.geometry().isEmpty()).as(s.code()).isFalse();
            assertThat(s.geometry().isValid()).as(s.code()).isTrue();
            total += s.geometry().getArea();
            for (Coordinate c : s.geometry().getCoordinates()) {
                assertThat(c.x * 100).as(s.code()).isCloseTo(Math.rint(c.x * 100), within(1e-6));
                assertThat(c.y * 100).as(s.code()).isCloseTo(Math.rint(c.y * 100), within(1e-6));
            }
        }
        // No gap, no overlap: the areas add up to the union's, which is the whole square.
        Geometry union = UnaryUnionOp.union(national.stream().map(s -> (Geometry) s.geometry()).toList());
        assertThat(total).isCloseTo(union.getArea(), within(1e-9));
        assertThat(union.getArea()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void subPixelIslandsAndHolesAreDroppedButTheLargestPartStays() {
        double pixel = NationalShapes.TOLERANCE_DEGREES;
        Polygon main = GEOMETRY.createPolygon(GEOMETRY.createLinearRing(square(0, 0, 1)),
                new org.locationtech.jts.geom.LinearRing[] {GEOMETRY.createLinearRing(square(0.5, 0.5, pixel / 2)),
                        GEOMETRY.createLinearRing(square(0.2, 0.2, pixel * 3))});
        Polygon islet = GEOMETRY.createPolygon(square(2, 2, pixel / 2));
        Polygon island = GEOMETRY.createPolygon(square(3, 3, pixel * 2));
        MultiPolygon kept = NationalShapes.withoutSubPixelParts(
                GEOMETRY.createMultiPolygon(new Polygon[] {islet, main, island}));
        assertThat(kept.getNumGeometries()).isEqualTo(2);
        assertThat(((Polygon) kept.getGeometryN(0)).getNumInteriorRing()).as("holes kept").isEqualTo(1);
        assertThat(kept.getGeometryN(1).getArea()).isCloseTo(island.getArea(), within(1e-12));

        MultiPolygon tiny = NationalShapes.withoutSubPixelParts(GEOMETRY.createMultiPolygon(new Polygon[] {islet}));
        assertThat(tiny.getNumGeometries()).as("a territory smaller than a pixel keeps its one part").isEqualTo(1);
    }

    @Test
    void zoomsUpToSixAreNational() {
        assertThat(NationalShapes.covers(5)).isTrue();
        assertThat(NationalShapes.covers(6)).isTrue();
        assertThat(NationalShapes.covers(7)).isFalse();
    }

    private static TerritoryView.MapShape shape(String code, Polygon polygon) {
        return new TerritoryView.MapShape(code, "Commune " + code, 100,
                GEOMETRY.createMultiPolygon(new Polygon[] {polygon}));
    }

    /** The points of a wiggly edge from a to b, without b; the same edge both ways has the same points. */
    private static void edge(List<Coordinate> ring, Coordinate a, Coordinate b) {
        boolean reversed = a.x > b.x || (a.x == b.x && a.y > b.y);
        Coordinate from = reversed ? b : a;
        Coordinate to = reversed ? a : b;
        Random random = new Random(Double.hashCode(from.x * 31 + from.y) * 31L + Double.hashCode(to.x * 17 + to.y));
        List<Coordinate> points = new ArrayList<>();
        points.add(from);
        int steps = 12;
        for (int k = 1; k < steps; k++) {
            double f = (double) k / steps;
            double wiggle = (random.nextDouble() - 0.5) * 0.004;
            double x = from.x + f * (to.x - from.x) + (from.x == to.x ? wiggle : 0);
            double y = from.y + f * (to.y - from.y) + (from.y == to.y ? wiggle : 0);
            points.add(new Coordinate(x, y));
        }
        if (reversed) {
            points.add(to);
            java.util.Collections.reverse(points);
            points.remove(points.size() - 1);
        }
        ring.addAll(points);
    }

    private static Coordinate[] square(double x, double y, double side) {
        return new Coordinate[] {new Coordinate(x, y), new Coordinate(x + side, y), new Coordinate(x + side, y + side),
                new Coordinate(x, y + side), new Coordinate(x, y)};
    }
}
