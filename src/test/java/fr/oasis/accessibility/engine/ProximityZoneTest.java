package fr.oasis.accessibility.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.WKTReader;

class ProximityZoneTest {
    private final GeometryFactory factory = new GeometryFactory();
    private final Geometry square = square(0, 0, 1000);
    private static final double DISC_1KM = Math.PI * 1e6;

    private Geometry square(double x, double y, double side) {
        try {
            return new WKTReader(factory).read("POLYGON((" + x + " " + y + ", " + (x + side) + " " + y + ", "
                    + (x + side) + " " + (y + side) + ", " + x + " " + (y + side) + ", " + x + " " + y + "))");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Point point(double x, double y) {
        return factory.createPoint(new Coordinate(x, y));
    }

    private ProximityZone zone(double radius, double[]... xy) {
        List<double[]> xs = new java.util.ArrayList<>();
        List<double[]> ys = new java.util.ArrayList<>();
        for (int k = 0; k < xy.length; k += 2) {
            xs.add(xy[k]);
            ys.add(xy[k + 1]);
        }
        return new ProximityZone(factory, xs, ys, radius);
    }

    @Test
    void quarterDiscInASquareCommune() {
        // A 1 km square with a practitioner at its corner, radius 500 m: a quarter disc,
        // π·500²/4 = 196,350 m², i.e. 19.6 % of the 1,000,000 m² (polygonal circle: ~0.6 % less).
        ProximityZone.CommuneShare[] shares = zone(500, new double[] {0}, new double[] {0})
                .shares(false, new Geometry[] {square, square}, new Point[] {point(500, 500), point(100, 100)});
        assertThat(shares[0].share()).isCloseTo(Math.PI * 500 * 500 / 4 / 1e6, within(0.002));
        assertThat(shares[0].pointInside()).isFalse(); // 707 m from the practitioner
        assertThat(shares[1].pointInside()).isTrue(); // 141 m
    }

    @Test
    void andIsTheIntersectionOrIsTheUnion() {
        // Dentist at (0,0), nurse at (1500,0), radius 1 km, a 20 km square around both: the lens
        // where the discs overlap is 2r²·acos(d/2r) − (d/2)·√(4r² − d²) = 0.4533 km² (the polygonal
        // discs lose about 2 % of a thin lens, against 0.6 % of a whole disc).
        Geometry big = square(-10_000, -10_000, 20_000);
        Point[] none = {null};
        double[] dentist = {0};
        double[] nurse = {1500};
        double[] zero = {0};
        double lens = 2 * 1e6 * Math.acos(0.75) - 750 * Math.sqrt(4e6 - 1500 * 1500);
        ProximityZone z = zone(1000, dentist, zero, nurse, zero);
        assertThat(z.shares(true, new Geometry[] {big}, none)[0].areaInside()).isCloseTo(lens, within(lens * 0.03));
        assertThat(z.shares(false, new Geometry[] {big}, none)[0].areaInside())
                .isCloseTo(2 * DISC_1KM - lens, within(DISC_1KM * 0.02));
        ProximityZone far = zone(1000, dentist, zero, new double[] {10_000}, zero);
        assertThat(far.shares(true, new Geometry[] {big}, none)[0].areaInside()).isZero();
    }

    @Test
    void pointInsideNeedsEveryProfessionWithAnd() {
        ProximityZone z = zone(1000, new double[] {0}, new double[] {0}, new double[] {5000}, new double[] {0});
        Point nearDentistOnly = point(100, 100);
        assertThat(z.shares(false, new Geometry[] {square}, new Point[] {nearDentistOnly})[0].pointInside()).isTrue();
        assertThat(z.shares(true, new Geometry[] {square}, new Point[] {nearDentistOnly})[0].pointInside()).isFalse();
    }

    @Test
    void practitionersAtTheSamePointMakeOneDiscAndBadRadiusIsRefused() {
        Geometry big = square(-10_000, -10_000, 20_000);
        double one = zone(1000, new double[] {0}, new double[] {0}).shares(false, new Geometry[] {big},
                new Point[] {null})[0].areaInside();
        double three = zone(1000, new double[] {0, 0, 0}, new double[] {0, 0, 0}).shares(false,
                new Geometry[] {big}, new Point[] {null})[0].areaInside();
        assertThat(three).isEqualTo(one).isCloseTo(DISC_1KM, within(DISC_1KM * 0.01));
        assertThatThrownBy(() -> zone(0, new double[] {0}, new double[] {0}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("radius");
    }

    @Test
    void pointsInsideAgreesWithTheSharesOnSeededRandomPoints() {
        long seed = 20261203L;
        java.util.Random random = new java.util.Random(seed);
        double[] dx = random.doubles(40, 0, 20_000).toArray();
        double[] dy = random.doubles(40, 0, 20_000).toArray();
        double[] nx = random.doubles(25, 0, 20_000).toArray();
        double[] ny = random.doubles(25, 0, 20_000).toArray();
        ProximityZone z = zone(1500, dx, dy, nx, ny);
        Point[] points = new Point[300];
        Geometry[] communes = new Geometry[points.length];
        for (int i = 0; i < points.length; i++) {
            double x = random.nextDouble() * 20_000;
            double y = random.nextDouble() * 20_000;
            points[i] = i % 50 == 0 ? null : point(x, y);
            communes[i] = square(x - 50, y - 50, 100); // the commune around its point
        }
        for (boolean all : new boolean[] {true, false}) {
            ProximityZone.CommuneShare[] shares = z.shares(all, communes, points);
            boolean[] inside = z.pointsInside(all, points);
            for (int i = 0; i < points.length; i++) {
                assertThat(inside[i]).as("seed %d, all %s, point %d", seed, all, i).isEqualTo(shares[i].pointInside());
            }
        }
    }

    @Test
    void aStopSignalEndsTheComputation() {
        ProximityZone z = zone(500, new double[] {0}, new double[] {0});
        assertThatThrownBy(() -> z.shares(false, new Geometry[] {square, square}, new Point[] {null, null}, () -> true))
                .isInstanceOf(java.util.concurrent.CancellationException.class);
    }
}
