package fr.oasis.territory.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.oasis.territory.record.ReferencePoint;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

class ReferencePointsTest {

    private static final Map<String, Geometry> CONTOURS = new LinkedHashMap<>();

    static {
        CONTOURS.put("55001", Wkt.read("POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))"));
        // A U-shaped commune: its centroid (1.5, ~0.7) lies in the notch, outside.
        CONTOURS.put("55002", Wkt.read("POLYGON ((1 0, 2 0, 2 2, 1.8 2, 1.8 0.2, 1.2 0.2, 1.2 2, 1 2, 1 0))"));
        CONTOURS.put("55003", Wkt.read("POLYGON ((2 0, 3 0, 3 1, 2 1, 2 0))"));
    }

    @Test
    void prefersTheChefLieuAndFallsBackToAnInteriorPoint() {
        List<ReferencePoint> chefsLieux = List.of(
                new ReferencePoint("55001", 0.4, 0.6, "chef_lieu_carto", "cheflieu#1"),
                new ReferencePoint("55003", 3.5, 0.5, "chef_lieu_carto", "cheflieu#3"));

        ReferencePoints.Result result = ReferencePoints.choose(CONTOURS, chefsLieux);

        ReferencePoint chefLieu = result.points().get("55001");
        assertThat(chefLieu.source()).isEqualTo(ReferencePoints.CHEF_LIEU);
        assertThat(chefLieu.origin()).isEqualTo("cheflieu#1");
        assertThat(chefLieu.lon()).isEqualTo(0.4);

        ReferencePoint fallback = result.points().get("55002");
        assertThat(fallback.source()).isEqualTo(ReferencePoints.INTERIOR_POINT);
        Geometry u = CONTOURS.get("55002");
        assertThat(u.contains(u.getFactory().createPoint(new Coordinate(fallback.lon(), fallback.lat())))).isTrue();
        assertThat(result.interiorPoints()).containsExactly("55002");
        assertThat(result.outsideContour()).containsExactly("55003");
        assertThat(result.unplaced()).isEmpty();
    }
}
