package fr.oasis.territory.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;

class CoverageDissolverTest {

    // Three unit squares in a row; A and B form one group, C another.
    private static final Map<String, Geometry> ROW = new LinkedHashMap<>(Map.of(
            "A", Wkt.read("POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))"),
            "B", Wkt.read("POLYGON ((1 0, 2 0, 2 1, 1 1, 1 0))"),
            "C", Wkt.read("POLYGON ((2 0, 3 0, 3 1, 2 1, 2 0))")));

    @Test
    void dissolvesACleanCoverageWithoutSeamOrFallback() {
        CoverageDissolver.Result result = CoverageDissolver.dissolve(ROW,
                Map.of("AB", List.of("A", "B"), "C", List.of("C")));

        Geometry ab = result.geometries().get("AB");
        // The former corners (1 0) and (1 1) stay as vertices; the seam between them is gone.
        assertThat(ab.equalsTopo(Wkt.read("POLYGON ((0 0, 2 0, 2 1, 0 1, 0 0))"))).isTrue();
        assertThat(ab.getNumGeometries()).isEqualTo(1);
        assertThat(result.geometries().get("C")).isInstanceOf(MultiPolygon.class);
        assertThat(result.fallbackGroups()).isEmpty();
        assertThat(result.missingMembers()).isEmpty();
    }

    @Test
    void fallsBackToOverlayUnionWhenMembersOverlap() {
        // B reaches 0.1 into A: not a coverage; a coverage union would be wrong.
        Map<String, Geometry> overlapping = Map.of(
                "A", ROW.get("A"),
                "B", Wkt.read("POLYGON ((0.9 0, 2 0, 2 1, 0.9 1, 0.9 0))"));

        CoverageDissolver.Result result = CoverageDissolver.dissolve(overlapping, Map.of("AB", List.of("A", "B")));

        Geometry ab = result.geometries().get("AB");
        assertThat(result.fallbackGroups()).containsExactly("AB");
        assertThat(ab.isValid()).isTrue();
        assertThat(ab.getArea()).isCloseTo(2.0, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(ab.getNumGeometries()).isEqualTo(1);
    }

    @Test
    void reportsMembersWithoutGeometryAndKeepsTheOthers() {
        CoverageDissolver.Result result = CoverageDissolver.dissolve(ROW,
                Map.of("AX", List.of("A", "X"), "Y", List.of("Y")));

        assertThat(result.missingMembers()).containsEntry("AX", List.of("X")).containsEntry("Y", List.of("Y"));
        assertThat(result.geometries()).containsOnlyKeys("AX");
        assertThat(result.geometries().get("AX").getArea()).isEqualTo(1.0);
    }

    @Test
    void keepsDisjointMembersAsSeveralPolygons() {
        CoverageDissolver.Result result = CoverageDissolver.dissolve(ROW, Map.of("AC", List.of("A", "C")));

        assertThat(result.geometries().get("AC").getNumGeometries()).isEqualTo(2);
        assertThat(result.fallbackGroups()).isEmpty();
    }

    @Test
    void repairsAnInvalidSingleMemberThroughTheFallback() {
        // A bow-tie: self-intersecting, so not even a one-member coverage.
        Map<String, Geometry> bowTie = Map.of("A", Wkt.read("POLYGON ((0 0, 1 1, 1 0, 0 1, 0 0))"));

        CoverageDissolver.Result result = CoverageDissolver.dissolve(bowTie, Map.of("A", List.of("A")));

        assertThat(result.fallbackGroups()).containsExactly("A");
        assertThat(result.geometries().get("A").isValid()).isTrue();
        assertThat(result.geometries().get("A").getArea()).isEqualTo(0.5);
    }
}
