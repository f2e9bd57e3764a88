package fr.oasis.importer;

import fr.oasis.importer.problem.ImportException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import fr.oasis.territory.TerritoryLevel;
import fr.oasis.territory.TerritoryQueries;
import fr.oasis.territory.TerritoryRecord;
import fr.oasis.territory.TerritoryView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The territory import on a real database: what it stores, and that failures change nothing. */
@SpringBootTest
abstract class TerritoryImportContract {
    @Autowired
    TerritoryImportService imports;
    @Autowired
    TerritoryQueries queries;

    @BeforeEach
    void importTiny() {
        imports.importTerritories(TinyTerritory.inputs(), "test", "tiny territory");
    }

    @Test
    void storesEveryLevelWithCurrentCodesOnly() {
        assertThat(queries.summary()).containsExactly(Map.entry("commune", 4L), Map.entry("epci", 2L),
                Map.entry("departement", 2L), Map.entry("region", 1L));
    }

    @Test
    void mergedOldCommuneIsDissolvedIntoItsSuccessor() {
        TerritoryRecord valDOeuvre = record(TerritoryLevel.COMMUNE, "9A002");
        // 9A002 (0.05° × 0.1°) + absorbed 9A003 (0.05° × 0.1°) = one 0.1° × 0.1° square.
        assertThat(valDOeuvre.geometry().getArea()).isCloseTo(0.01, within(1e-12));
        assertThat(valDOeuvre.geometry().getNumGeometries()).isEqualTo(1);
        // No seam: one shell (the 4 corners plus the two collinear vertices where the parts met), no hole.
        org.locationtech.jts.geom.Polygon shell = (org.locationtech.jts.geom.Polygon) valDOeuvre.geometry().getGeometryN(0);
        assertThat(shell.getNumInteriorRing()).isZero();
        assertThat(shell.getExteriorRing().getNumPoints()).isEqualTo(7);
    }

    @Test
    void epciGeometryCoversExactlyItsMembers() {
        TerritoryRecord west = record(TerritoryLevel.EPCI, "999000001");
        assertThat(west.geometry().getArea()).isCloseTo(0.02, within(1e-12));
        assertThat(west.geometry().covers(record(TerritoryLevel.COMMUNE, "9A001").geometry())).isTrue();
        assertThat(west.geometry().covers(record(TerritoryLevel.COMMUNE, "9A002").geometry())).isTrue();
        assertThat(west.population()).isEqualTo(590);
        TerritoryRecord region = record(TerritoryLevel.REGION, "99");
        assertThat(region.geometry().getArea()).isCloseTo(0.04, within(1e-12));
        assertThat(region.population()).isEqualTo(1790);
    }

    @Test
    void areasAreMeasuredInLambert93() {
        // A 0.1° × 0.1° cell at 48.15° N: 111.2 km × 0.1 × cos(48.15°) × 11.12 km ≈ 82.7 km².
        assertThat(record(TerritoryLevel.COMMUNE, "9A001").areaKm2()).isCloseTo(82.7, within(0.5));
    }

    @Test
    void everyCommuneGetsAReferencePointWithItsSource() {
        TerritoryRecord withPoint = record(TerritoryLevel.COMMUNE, "9A001");
        assertThat(withPoint.referencePointSource()).isEqualTo("chef-lieu");
        assertThat(withPoint.referencePoint().getX()).isEqualTo(5.05);
        TerritoryRecord fallback = record(TerritoryLevel.COMMUNE, "9A002");
        assertThat(fallback.referencePointSource()).isEqualTo("interior-point");
        assertThat(fallback.geometry().contains(fallback.referencePoint())).isTrue();
    }

    @Test
    void detailHasParentsChildrenAgeStructureAndProvenance() {
        TerritoryView.Detail commune = queries.find(TerritoryLevel.COMMUNE, "9A002").orElseThrow();
        assertThat(commune.parents()).extracting(TerritoryView.Item::code).containsExactly("999000001", "9A", "99");
        // census rows of 9A002 and its absorbed 9A003 are summed: 10 + 5 per band.
        assertThat(commune.ageStructure().population()).containsExactly(15, 15, 15, 15, 15, 15);
        assertThat(commune.provenance().source()).contains("COG test").contains("2018");
        assertThat(commune.provenance().millesime()).isEqualTo(2026);
        TerritoryView.Detail epci = queries.find(TerritoryLevel.EPCI, "999000002").orElseThrow();
        assertThat(epci.children()).extracting(TerritoryView.Item::code).containsExactlyInAnyOrder("9B001", "9B002");
        assertThat(epci.ageStructure()).isNull();
    }

    @Test
    void searchIgnoresAccentsCaseAndHyphens() {
        assertThat(queries.search(TerritoryLevel.COMMUNE, "epinal sur", 10))
                .extracting(TerritoryView.Item::code).containsExactly("9A001");
        assertThat(queries.search(TerritoryLevel.COMMUNE, "VAL D OEUVRE", 10))
                .extracting(TerritoryView.Item::code).containsExactly("9A002");
        assertThat(queries.search(TerritoryLevel.COMMUNE, "9B", 10)).hasSize(2);
    }

    @Test
    void failedValidationLeavesPreviousDataIntact() {
        List<fr.oasis.territory.record.CogCommune> communes = new ArrayList<>(TinyTerritory.communes());
        communes.add(TinyTerritory.commune("9A001", "Doublon", "9A", 1));
        assertThatThrownBy(() -> imports.importTerritories(TinyTerritory.inputs(communes), "test", "bad"))
                .isInstanceOf(ImportException.class).hasMessageContaining("duplicate commune code 9A001");
        assertThat(queries.summary().get("commune")).isEqualTo(4L);
    }

    @Test
    void failureInsideTheStoreRollsBackTheDeletes() {
        // A name longer than the column passes validation but fails at INSERT, after the DELETEs.
        List<fr.oasis.territory.record.CogCommune> communes = new ArrayList<>(TinyTerritory.communes());
        communes.set(0, TinyTerritory.commune("9A001", "x".repeat(300), "9A", 500));
        assertThatThrownBy(() -> imports.importTerritories(TinyTerritory.inputs(communes), "test", "too long"))
                .isInstanceOf(RuntimeException.class);
        assertThat(queries.summary()).containsEntry("commune", 4L).containsEntry("epci", 2L);
        assertThat(queries.find(TerritoryLevel.COMMUNE, "9A001").orElseThrow().name()).isEqualTo("Épinal-sur-Test");
    }

    @Test
    void unknownDepartementIsAnErrorNamingTheCommune() {
        List<fr.oasis.territory.record.CogCommune> communes = new ArrayList<>(TinyTerritory.communes());
        communes.add(TinyTerritory.commune("9Z001", "Nulle-part", "9Z", 5));
        assertThatThrownBy(() -> imports.importTerritories(TinyTerritory.inputs(communes), "test", "bad dep"))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("object 9Z001").hasMessageContaining("département '9Z'");
    }

    @Test
    void mapShapesExistForEveryLevelAndZoomClass() {
        // The administrative levels: groupings (TVS, CPTS...) exist only once imported or drawn.
        for (TerritoryLevel level : TerritoryLevel.administrative()) {
            for (int zoomClass = 0; zoomClass < 3; zoomClass++) {
                assertThat(queries.mapShapes(level, zoomClass)).as(level + " zoom class " + zoomClass).isNotEmpty();
            }
        }
    }

    private TerritoryRecord record(TerritoryLevel level, String code) {
        return queries.all(level).stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }
}
