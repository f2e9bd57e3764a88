package fr.oasis.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import fr.oasis.territory.geo.CoverageDissolver;
import fr.oasis.territory.geo.CoverageGeneralizer;
import fr.oasis.territory.geo.VintageReconciler;
import fr.oasis.territory.geo.ZoomClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * The coverage operations checked against references on seeded random demonstration
 * territories; the seed is in every failure message.
 */
class DemoCoverageOperationsTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {5, 17, 99, 31337})
    void coverageUnionOfRandomGroupsEqualsTheOverlayUnion(long seed) {
        Map<String, MultiPolygon> communes = communes(seed);
        Random random = new Random(seed);
        Map<String, List<String>> groups = new LinkedHashMap<>();
        communes.keySet().forEach(code -> groups.computeIfAbsent("G" + random.nextInt(6), k -> new ArrayList<>()).add(code));

        CoverageDissolver.Result result = CoverageDissolver.dissolve(communes, groups);

        assertThat(result.fallbackGroups()).as("seed %d", seed).isEmpty();
        groups.forEach((group, members) -> {
            Geometry reference = UnaryUnionOp.union(members.stream().map(communes::get).map(Geometry.class::cast).toList());
            assertThat(result.geometries().get(group).equalsTopo(reference)).as("seed %d, %s", seed, group).isTrue();
        });
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {5, 17, 99, 31337})
    void everyZoomClassKeepsAValidCoverage(long seed) {
        Map<String, MultiPolygon> communes = communes(seed);
        for (ZoomClass zoom : ZoomClass.values()) {
            CoverageGeneralizer.Result map = CoverageGeneralizer.generalize(communes, zoom);

            assertThat(map.repaired()).as("seed %d, %s", seed, zoom).isEmpty();
            assertThat(map.emptied()).as("seed %d, %s", seed, zoom).isEmpty();
            assertThat(CoverageValidator.isValid(map.geometries().values().toArray(new Geometry[0])))
                    .as("seed %d, %s", seed, zoom).isTrue();
        }
    }

    private static Map<String, MultiPolygon> communes(long seed) {
        DemoTerritory demo = DemoTerritory.generate(seed);
        return VintageReconciler.reconcile(demo.shapes(), demo.communes()).communes();
    }
}
