package fr.oasis.territory.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import fr.oasis.territory.record.CogCommune;
import fr.oasis.territory.record.CogCommune.Type;
import fr.oasis.territory.record.CommuneShape;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

class VintageReconcilerTest {

    // 2018 vintage: 55001 | 55002 | 55003 | 55004 in a row of unit squares, plus 55099 far away.
    private static final List<CommuneShape> SHAPES_2018 = List.of(
            shape("55001", "POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))"),
            shape("55002", "POLYGON ((1 0, 2 0, 2 1, 1 1, 1 0))"),
            shape("55003", "POLYGON ((2 0, 3 0, 3 1, 2 1, 2 0))"),
            shape("55004", "POLYGON ((3 0, 4 0, 4 1, 3 1, 3 0))"),
            shape("55099", "POLYGON ((9 9, 10 9, 10 10, 9 10, 9 9))"));

    // 2026: 55001 absorbed 55002 (listed in formerCodes, and delegated, with its own code kept as
    // a delegated commune too); 55004 absorbed 55003 known only as an associated commune;
    // 55005 is new and has no 2018 shape; 55099 vanished from the COG.
    private static final List<CogCommune> COG_2026 = List.of(
            current("55001", List.of("55002")),
            delegated("55001", "55001"),
            delegated("55002", "55001"),
            current("55004", List.of()),
            new CogCommune("55003", "Trois", Type.ASSOCIATED, "55", "44", "55004", null, List.of(), "test"),
            current("55005", List.of()));

    @Test
    void mergedCommuneIsTheSeamlessUnionOfItsFormerCommunes() {
        VintageReconciler.Result result = VintageReconciler.reconcile(SHAPES_2018, COG_2026);

        Geometry merged = result.communes().get("55001");
        assertThat(merged.equalsTopo(Wkt.read("POLYGON ((0 0, 2 0, 2 1, 0 1, 0 0))"))).isTrue();
        assertThat(merged.getNumGeometries()).isEqualTo(1);
        assertThat(((org.locationtech.jts.geom.Polygon) merged.getGeometryN(0)).getNumInteriorRing()).isZero();
        assertThat(merged.getArea()).isEqualTo(2.0);
        assertThat(merged.isValid()).isTrue();
        assertThat(result.communes().get("55004").getArea()).isEqualTo(2.0);
        assertThat(result.mergedCommunes()).isEqualTo(2);
    }

    @Test
    void reportsUnmatchedShapesAndCommunesWithoutShape() {
        VintageReconciler.Result result = VintageReconciler.reconcile(SHAPES_2018, COG_2026);

        assertThat(result.communes()).containsOnlyKeys("55001", "55004");
        assertThat(result.unmatchedShapeCodes()).containsExactly("55099");
        assertThat(result.communesWithoutShape()).containsExactly("55005");
        assertThat(result.dissolution().fallbackCount()).isZero();
    }

    @Test
    void followsParentLinksThroughALaterMerger() {
        // 55003 was associated with 55004, itself later absorbed by 55001 (delegated).
        List<CogCommune> cog = List.of(
                current("55001", List.of()),
                delegated("55004", "55001"),
                new CogCommune("55003", "Trois", Type.ASSOCIATED, "55", "44", "55004", null, List.of(), "test"));

        VintageReconciler reconciler = new VintageReconciler(cog);

        assertThat(reconciler.currentCodeOf("55003")).isEqualTo("55001");
        assertThat(reconciler.currentCodeOf("55004")).isEqualTo("55001");
        assertThat(reconciler.currentCodeOf("55099")).isNull();
    }

    @Test
    void dissolvesRepeatedFeaturesOfOneCode() {
        // Some sources publish one feature per island of a commune.
        List<CommuneShape> islands = List.of(
                shape("55001", "POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))"),
                shape("55001", "POLYGON ((5 5, 6 5, 6 6, 5 6, 5 5))"));

        VintageReconciler.Result result = VintageReconciler.reconcile(islands, List.of(current("55001", List.of())));

        assertThat(result.communes().get("55001").getNumGeometries()).isEqualTo(2);
        assertThat(result.mergedCommunes()).isEqualTo(1);
    }

    private static CommuneShape shape(String code, String wkt) {
        return new CommuneShape(code, null, Wkt.read(wkt), null, null, null, "test#" + code);
    }

    private static CogCommune current(String code, List<String> formerCodes) {
        return new CogCommune(code, "Commune " + code, Type.CURRENT, "55", "44", null, 100, formerCodes, "test");
    }

    private static CogCommune delegated(String code, String parent) {
        return new CogCommune(code, "Déléguée " + code, Type.DELEGATED, "55", "44", parent, null, List.of(), "test");
    }
}
