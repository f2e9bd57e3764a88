package fr.oasis.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.oasis.territory.record.CogCommune;
import fr.oasis.territory.record.CogEpci;
import fr.oasis.territory.record.CommuneShape;
import fr.oasis.territory.record.PopulationByAge;
import fr.oasis.territory.geo.VintageReconciler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Geometry;

class DemoTerritoryTest {

    @Test
    void sameSeedGivesEqualTerritories() {
        DemoTerritory first = DemoTerritory.generate(42);
        DemoTerritory second = DemoTerritory.generate(42);

        assertThat(second.regions()).isEqualTo(first.regions());
        assertThat(second.departements()).isEqualTo(first.departements());
        assertThat(second.communes()).isEqualTo(first.communes());
        assertThat(second.epcis()).isEqualTo(first.epcis());
        assertThat(second.shapes()).isEqualTo(first.shapes()); // JTS equals is exact, vertex by vertex
        assertThat(second.points()).isEqualTo(first.points());
        assertThat(second.populations()).hasSameSizeAs(first.populations());
        for (int i = 0; i < first.populations().size(); i++) {
            assertThat(second.populations().get(i).bands()).containsExactly(first.populations().get(i).bands());
        }
        assertThat(DemoTerritory.generate(43).communes()).isNotEqualTo(first.communes());
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 42, 2026, 123456789})
    void contoursFormACoverageOfTheWholeExtent(long seed) {
        DemoTerritory demo = DemoTerritory.generate(seed);
        Geometry[] contours = demo.shapes().stream().map(CommuneShape::geometry).toArray(Geometry[]::new);

        assertThat(contours).hasSize(DemoMap.ROWS * DemoMap.COLUMNS);
        assertThat(CoverageValidator.isValid(contours)).as("seed %d", seed).isTrue();
        assertThat(CoverageUnion.union(contours).getArea())
                .isCloseTo(DemoMap.EXTENT.getArea(), org.assertj.core.data.Offset.offset(1e-9));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 42, 2026, 123456789})
    void everyCommuneBelongsToOneContiguousEpciOfItsDepartement(long seed) {
        DemoTerritory demo = DemoTerritory.generate(seed);
        Map<String, CogCommune> current = currentCommunes(demo);
        // Current contours: the commune nouvelle includes the village it absorbed.
        Map<String, ? extends Geometry> contourOf =
                VintageReconciler.reconcile(demo.shapes(), demo.communes()).communes();

        Map<String, String> epciOf = new HashMap<>();
        for (CogEpci epci : demo.epcis()) {
            assertThat(epci.code()).matches("999\\d{6}");
            Set<String> departements = new HashSet<>();
            for (String member : epci.memberCodes()) {
                assertThat(epciOf.put(member, epci.code())).as("seed %d, %s in two EPCI", seed, member).isNull();
                departements.add(current.get(member).departementCode());
            }
            assertThat(departements).as("seed %d, %s", seed, epci.code()).hasSize(1);
            Geometry union = CoverageUnion.union(epci.memberCodes().stream().map(contourOf::get).toArray(Geometry[]::new));
            assertThat(union.getNumGeometries()).as("seed %d, %s contiguous", seed, epci.code()).isEqualTo(1);
        }
        assertThat(demo.epcis()).hasSize(2 * DemoTerritory.EPCI_PER_DEPARTEMENT);
        assertThat(epciOf.keySet()).isEqualTo(current.keySet());
    }

    @Test
    void populationsArePositiveHeavyTailedAndOlderInVillages() {
        DemoTerritory demo = DemoTerritory.generate(7);
        Map<String, CogCommune> current = currentCommunes(demo);

        assertThat(demo.populations()).hasSize(current.size());
        double townOld = 0, townAll = 0, villageOld = 0, villageAll = 0;
        for (PopulationByAge p : demo.populations()) {
            assertThat(p.total()).isPositive().isEqualTo(current.get(p.communeCode()).population().doubleValue());
            assertThat(java.util.Arrays.stream(p.bands()).min().orElseThrow()).isGreaterThanOrEqualTo(0);
            assertThat(p.year()).isEqualTo(DemoTerritory.CENSUS_YEAR);
            double old = p.bands()[4] + p.bands()[5];
            if (p.total() >= 5_000) {
                townOld += old;
                townAll += p.total();
            } else if (p.total() < 800) {
                villageOld += old;
                villageAll += p.total();
            }
        }
        assertThat(current.values().stream().filter(c -> c.population() >= 5_000).count()).isBetween(4L, 6L);
        assertThat(villageOld / villageAll).isGreaterThan(townOld / townAll);
    }

    @Test
    void recordsAreFictionalAndLabelled() {
        DemoTerritory demo = DemoTerritory.generate(11);
        List<CogCommune> communes = demo.communes();

        assertThat(demo.regions()).singleElement().satisfies(r -> assertThat(r.code()).isEqualTo("99"));
        assertThat(communes).allSatisfy(c -> {
            assertThat(c.code()).matches("9[AB]\\d{3}");
            assertThat(c.origin()).startsWith(DemoTerritory.SOURCE);
        });
        assertThat(demo.points()).allSatisfy(p -> assertThat(p.source()).isEqualTo(DemoTerritory.SOURCE));
        assertThat(communes).extracting(CogCommune::name).contains(DemoNames.FIRST_COMMUNE);
        List<String> names = communes.stream().filter(c -> c.type() == CogCommune.Type.CURRENT).map(CogCommune::name).toList();
        assertThat(names).doesNotHaveDuplicates();
        assertThat(names.stream().filter(n -> !n.equals(DemoNames.FIRST_COMMUNE)))
                .anyMatch(n -> n.matches(".*[éèêô].*"));
        assertThat(demo.points()).hasSize(names.size() - DemoTerritory.WITHOUT_CHEF_LIEU);
    }

    static Map<String, CogCommune> currentCommunes(DemoTerritory demo) {
        Map<String, CogCommune> current = new HashMap<>();
        demo.communes().stream().filter(c -> c.type() == CogCommune.Type.CURRENT).forEach(c -> current.put(c.code(), c));
        return current;
    }
}
