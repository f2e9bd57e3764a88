package fr.oasis.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import fr.oasis.territory.record.CogEpci;
import fr.oasis.territory.geo.CoverageDissolver;
import fr.oasis.territory.geo.CoverageGeneralizer;
import fr.oasis.territory.geo.ReferencePoints;
import fr.oasis.territory.geo.VintageReconciler;
import fr.oasis.territory.geo.ZoomClass;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Geometry;

/** The demonstration territory goes through the same geometry operations as the real files. */
class DemoImportPathTest {

    private final DemoTerritory demo = DemoTerritory.generate(2026);
    private final VintageReconciler.Result communes = VintageReconciler.reconcile(demo.shapes(), demo.communes());

    @Test
    void reconciliationRebuildsTheCommuneNouvelle() {
        assertThat(communes.communes()).hasSize(DemoMap.ROWS * DemoMap.COLUMNS - 1);
        assertThat(communes.mergedCommunes()).isEqualTo(1);
        assertThat(communes.unmatchedShapeCodes()).isEmpty();
        assertThat(communes.communesWithoutShape()).isEmpty();
        assertThat(communes.dissolution().fallbackCount()).isZero();
        assertThat(CoverageValidator.isValid(communes.communes().values().toArray(new Geometry[0]))).isTrue();
    }

    @Test
    void twoCommunesFallBackToAnInteriorPoint() {
        ReferencePoints.Result points = ReferencePoints.choose(communes.communes(), demo.points());

        assertThat(points.points()).hasSize(communes.communes().size());
        assertThat(points.interiorPoints()).hasSize(DemoTerritory.WITHOUT_CHEF_LIEU);
        assertThat(points.outsideContour()).isEmpty();
    }

    @Test
    void epciAndDepartementsDissolveWithoutFallback() {
        Map<String, List<String>> epciGroups = new TreeMap<>();
        for (CogEpci epci : demo.epcis()) {
            epciGroups.put(epci.code(), epci.memberCodes());
        }
        CoverageDissolver.Result epcis = CoverageDissolver.dissolve(communes.communes(), epciGroups);
        Map<String, List<String>> departementGroups = new HashMap<>();
        DemoTerritoryTest.currentCommunes(demo).values().forEach(c ->
                departementGroups.computeIfAbsent(c.departementCode(), k -> new java.util.ArrayList<>()).add(c.code()));
        CoverageDissolver.Result departements = CoverageDissolver.dissolve(communes.communes(), departementGroups);

        assertThat(epcis.geometries()).hasSize(8);
        assertThat(epcis.fallbackCount() + departements.fallbackCount()).isZero();
        assertThat(departements.geometries()).containsOnlyKeys(DemoTerritory.NORTH, DemoTerritory.SOUTH);
        CoverageGeneralizer.Result map = CoverageGeneralizer.generalize(epcis.geometries(), ZoomClass.REGION);
        assertThat(CoverageValidator.isValid(map.geometries().values().toArray(new Geometry[0]))).isTrue();
    }
}
