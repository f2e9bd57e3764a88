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

    private Geometry wkt(String text) throws Exception {
        return new WKTReader(factory).read(text);
    }

    private Point point(double x, double y) {
        return factory.createPoint(new Coordinate(x, y));
    }

    @Test
    void quarterDiscInASquareCommune() throws Exception {
        // A 1 km square with a practitioner at its corner, radius 500 m: a quarter disc,
        // π·500²/4 = 196,350 m², i.e. 19.6 % of the 1,000,000 m² (polygonal circle: ~0.6 % less).
        Geometry zone = ProximityZone.around(factory, new double[] {0}, new double[] {0}, 500);
        Geometry commune = wkt("POLYGON((0 0, 1000 0, 1000 1000, 0 1000, 0 0))");
        ProximityZone.CommuneShare[] shares = ProximityZone.shares(zone,
                new Geometry[] {commune, commune}, new Point[] {point(500, 500), point(100, 100)});
        assertThat(shares[0].share()).isCloseTo(Math.PI * 500 * 500 / 4 / 1e6, within(0.002));
        assertThat(shares[0].pointInside()).isFalse(); // 707 m from the practitioner
        assertThat(shares[1].pointInside()).isTrue(); // 141 m
    }

    @Test
    void andIsTheIntersectionOrIsTheUnion() {
        Geometry dentists = ProximityZone.around(factory, new double[] {0}, new double[] {0}, 1000);
        Geometry nurses = ProximityZone.around(factory, new double[] {1500}, new double[] {0}, 1000);
        Geometry far = ProximityZone.around(factory, new double[] {10_000}, new double[] {0}, 1000);
        double disc = dentists.getArea();
        Geometry both = ProximityZone.combine(List.of(dentists, nurses), true);
        Geometry either = ProximityZone.combine(List.of(dentists, nurses), false);
        assertThat(both.getArea()).isGreaterThan(0).isLessThan(disc);
        assertThat(either.getArea()).isCloseTo(2 * disc - both.getArea(), within(1.0));
        assertThat(ProximityZone.combine(List.of(dentists, far), true).isEmpty()).isTrue();
    }

    @Test
    void practitionersAtTheSamePointMakeOneDisc() {
        Geometry one = ProximityZone.around(factory, new double[] {0}, new double[] {0}, 1000);
        Geometry three = ProximityZone.around(factory, new double[] {0, 0, 0}, new double[] {0, 0, 0}, 1000);
        assertThat(three.getArea()).isEqualTo(one.getArea());
        assertThat(ProximityZone.around(factory, new double[0], new double[0], 1000).isEmpty()).isTrue();
        assertThatThrownBy(() -> ProximityZone.around(factory, new double[] {0}, new double[] {0}, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("radius");
    }
}
