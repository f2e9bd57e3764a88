package fr.oasis.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.oasis.accessibility.engine.RoadNetwork;
import fr.oasis.importer.record.PractitionerRecord;
import fr.oasis.practitioner.Profession;
import fr.oasis.territory.record.CogCommune;
import fr.oasis.territory.record.CogDepartement;
import fr.oasis.territory.record.CogEpci;
import fr.oasis.territory.record.CommuneShape;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Geometry;

/**
 * The national demonstration generator at a reduced size (3 régions, 7 départements, about
 * 2,000 communes): what it promises at the France scale, checked where a test can afford it.
 */
class DemoNationTest {
    private static final DemoScale SMALL_NATION = DemoScale.nation(3, 7, 2_000, 70, 6_000);
    private static final DemoTerritory NATION = DemoTerritory.generate(7, SMALL_NATION);

    @Test
    void contoursFormAValidCoverageWithoutHoles() {
        Geometry[] contours = NATION.shapes().stream().map(CommuneShape::geometry).toArray(Geometry[]::new);

        assertThat(contours.length).isBetween(1_950, 2_050);
        assertThat(CoverageValidator.isValid(contours)).isTrue();
        Geometry union = CoverageUnion.union(contours);
        assertThat(union.getNumGeometries()).isEqualTo(1);
        assertThat(union.getArea()).isCloseTo(union.getEnvelopeInternal().getArea(),
                org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void parentsAreConsistentAndEveryLevelIsContiguous() {
        Map<String, CogCommune> communes = NATION.communes().stream()
                .collect(Collectors.toMap(CogCommune::code, Function.identity()));
        Map<String, Geometry> contour = NATION.shapes().stream()
                .collect(Collectors.toMap(CommuneShape::code, CommuneShape::geometry));
        Map<String, String> regionOfDepartement = NATION.departements().stream()
                .collect(Collectors.toMap(CogDepartement::code, CogDepartement::regionCode));

        assertThat(NATION.regions()).hasSize(3);
        assertThat(NATION.departements()).hasSize(7);
        assertThat(new HashSet<>(regionOfDepartement.values())).hasSize(3);
        assertThat(NATION.epcis().size()).isBetween(63, 77);
        Set<String> inAnEpci = new HashSet<>();
        for (CogEpci epci : NATION.epcis()) {
            assertThat(epci.code()).matches("998\\d{6}");
            Set<String> departements = new HashSet<>();
            for (String member : epci.memberCodes()) {
                assertThat(inAnEpci.add(member)).as("%s in two EPCI", member).isTrue();
                departements.add(communes.get(member).departementCode());
            }
            assertThat(departements).as("EPCI %s within one département", epci.code()).hasSize(1);
            assertThat(contiguous(epci.memberCodes(), contour)).as("EPCI %s", epci.code()).isTrue();
        }
        assertThat(inAnEpci).isEqualTo(communes.keySet());
        for (CommuneShape shape : NATION.shapes()) {
            CogCommune commune = communes.get(shape.code());
            assertThat(shape.code()).startsWith(commune.departementCode()).matches("[A-Z]{2}\\d{3}");
            assertThat(commune.regionCode()).isEqualTo(regionOfDepartement.get(commune.departementCode()))
                    .isEqualTo(shape.regionCode());
            assertThat(shape.departementCode()).isEqualTo(commune.departementCode());
        }
        for (String departement : regionOfDepartement.keySet()) {
            List<String> members = communes.values().stream().filter(c -> c.departementCode().equals(departement))
                    .map(CogCommune::code).toList();
            assertThat(contiguous(members, contour)).as("département %s", departement).isTrue();
        }
    }

    @Test
    void populationsBandsAndPointsAreWholeAndLabelledAsDemonstration() {
        Map<String, Geometry> contour = NATION.shapes().stream()
                .collect(Collectors.toMap(CommuneShape::code, CommuneShape::geometry));
        assertThat(NATION.points()).hasSameSizeAs(NATION.communes());
        NATION.points().forEach(p -> assertThat(contour.get(p.communeCode())
                .contains(new org.locationtech.jts.geom.GeometryFactory().createPoint(
                        new org.locationtech.jts.geom.Coordinate(p.lon(), p.lat())))).isTrue());
        Map<String, Integer> population = NATION.communes().stream()
                .collect(Collectors.toMap(CogCommune::code, CogCommune::population));
        NATION.populations().forEach(p -> {
            assertThat(Arrays.stream(p.bands()).sum()).isEqualTo(population.get(p.communeCode()).doubleValue());
            assertThat(Arrays.stream(p.bands()).min().orElseThrow()).isGreaterThanOrEqualTo(0);
        });
        // one city per département, of 30,000 inhabitants or more
        assertThat(population.values().stream().filter(p -> p >= 30_000)).hasSize(7);
        assertThat(NATION.communes()).allSatisfy(c -> assertThat(c.origin()).contains(DemoTerritory.SOURCE));
        assertThat(NATION.regions()).allSatisfy(r -> assertThat(r.name()).startsWith("Région démo"));
    }

    @Test
    void practitionersAndRoadsCoverTheNation() {
        List<PractitionerRecord> practitioners = DemoPractitioners.generate(NATION, DemoLoader.SEED, 6_000);
        assertThat(practitioners.size()).isBetween(5_990, 6_010);
        assertThat(practitioners.stream().map(PractitionerRecord::professionKey).distinct()).hasSize(Profession.values().length);
        assertThat(practitioners).allSatisfy(p -> assertThat(p.age()).isBetween(28, 74));
        Set<String> codes = NATION.communes().stream().map(CogCommune::code).collect(Collectors.toSet());
        assertThat(practitioners).allSatisfy(p -> assertThat(codes).contains(p.communeCode()));

        RoadNetwork roads = DemoRoads.build(NATION, SMALL_NATION);
        assertThat(roads.nodeCount()).isEqualTo(NATION.shapes().size());
        assertThat(roads.isUndirected()).isTrue();
        // a road per shared border: about three per commune in a Voronoi coverage, both ways
        assertThat(roads.arcCount()).isBetween(4 * roads.nodeCount(), 8 * roads.nodeCount());
    }

    @Test
    void sameSeedGivesEqualTerritoriesAndAnotherSeedAnotherOne() {
        DemoTerritory again = DemoTerritory.generate(7, SMALL_NATION);

        assertThat(again.communes()).isEqualTo(NATION.communes());
        assertThat(again.epcis()).isEqualTo(NATION.epcis());
        assertThat(again.departements()).isEqualTo(NATION.departements());
        assertThat(again.shapes()).isEqualTo(NATION.shapes());
        assertThat(again.points()).isEqualTo(NATION.points());
        for (int i = 0; i < NATION.populations().size(); i++) {
            assertThat(again.populations().get(i).bands()).containsExactly(NATION.populations().get(i).bands());
        }
        assertThat(DemoPractitioners.generate(again, 3, 500)).isEqualTo(DemoPractitioners.generate(NATION, 3, 500));
        assertThat(DemoTerritory.generate(8, SMALL_NATION).communes()).isNotEqualTo(NATION.communes());
    }

    @Test
    void theScaleSettingAcceptsDefaultAndFranceAndNamesTheAcceptedValuesOtherwise() {
        assertThat(DemoScale.parse("france")).isEqualTo(DemoScale.FRANCE);
        assertThat(DemoScale.parse(" France ")).isEqualTo(DemoScale.FRANCE);
        assertThat(DemoScale.parse("default")).isEqualTo(DemoScale.DEFAULT);
        assertThat(DemoScale.parse("")).isEqualTo(DemoScale.DEFAULT);
        assertThat(DemoScale.FRANCE.departements()).isEqualTo(101);
        assertThat(DemoScale.FRANCE.regions()).isEqualTo(18);
        assertThatThrownBy(() -> DemoScale.parse("europe"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("oasis.demo.scale").hasMessageContaining("'europe'")
                .hasMessageContaining("'default'").hasMessageContaining("'france'");
        assertThatThrownBy(() -> new DemoLoader(null, null, null, null, true, "monde", null, null, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'monde'");
    }

    /** True when the contours of {@code codes} make one piece (sharing borders, not corners only). */
    private static boolean contiguous(List<String> codes, Map<String, Geometry> contour) {
        return CoverageUnion.union(codes.stream().map(contour::get).toArray(Geometry[]::new)).getNumGeometries() == 1;
    }
}
