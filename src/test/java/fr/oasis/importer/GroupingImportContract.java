package fr.oasis.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.oasis.importer.problem.ImportException;
import fr.oasis.indicator.IndicatorCatalogue;
import fr.oasis.support.DataChange;
import fr.oasis.territory.CommuneTable;
import fr.oasis.territory.Communes;
import fr.oasis.territory.GroupingQueries;
import fr.oasis.territory.GroupingRecord;
import fr.oasis.territory.GroupingStore;
import fr.oasis.territory.InvalidGroupingException;
import fr.oasis.territory.TerritoryLevel;
import fr.oasis.territory.TerritoryQueries;
import fr.oasis.territory.TerritoryView;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Groupings of communes as territory levels, imported from a commune → group table through the
 * manifest (fixtures in the DREES and CartoSanté formats over the tiny territory): re-keying,
 * partial groups, exclusions, dissolved contours and shapes, the commune table, the GP density
 * series per TVS; every bad input refused with file, line and field and nothing stored changed;
 * groups kept through a territory re-import; portal groups checked by the same rules.
 */
@SpringBootTest
abstract class GroupingImportContract {
    @Autowired
    ManifestImporter importer;
    @Autowired
    TerritoryImportService territories;
    @Autowired
    TerritoryQueries queries;
    @Autowired
    GroupingQueries groupings;
    @Autowired
    GroupingStore store;
    @Autowired
    Communes communes;
    @Autowired
    IndicatorCatalogue catalogue;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path dir;

    @BeforeEach
    void tinyTerritoryWithoutGroupings() {
        jdbc.update("DELETE FROM territory_grouping");
        territories.importTerritories(TinyTerritory.inputs(), "test", "tiny");
        DataChange.deleteImportedIndicators(jdbc);
    }

    @AfterEach
    void clean() {
        jdbc.update("DELETE FROM territory_grouping");
        DataChange.deleteImportedIndicators(jdbc);
        territories.importTerritories(TinyTerritory.inputs(), "test", "tiny");
    }

    @Test
    void theTvsTableBecomesALevelWithRekeyedMembersPartialGroupsAndContours() throws Exception {
        ImportReport report = importer.run(ImportManifest.read(manifest(fixture("correspondance_communes_tvs-test.csv"),
                true)), "test");

        assertThat(queries.summary()).containsEntry("tvs", 2L).containsEntry("commune", 4L).doesNotContainKey("cpts");
        GroupingRecord epinal = groupings.find(TerritoryLevel.TVS, "9A001").orElseThrow();
        assertThat(epinal.communes()).as("9A003 re-keyed to the commune nouvelle 9A002").containsExactly("9A001", "9A002");
        assertThat(epinal.partial()).isFalse();
        GroupingRecord bourg = groupings.find(TerritoryLevel.TVS, "9B001").orElseThrow();
        assertThat(bourg.partial()).as("9C999 is not stored").isTrue();
        assertThat(report.summary()).contains("9C999");

        TerritoryView.Detail detail = queries.find(TerritoryLevel.TVS, "9A001").orElseThrow();
        assertThat(detail.population()).isEqualTo(500 + 90);
        assertThat(detail.areaKm2()).isGreaterThan(155).isLessThan(175); // 0.1° × 0.2° at 48° N ≈ 165 km²
        assertThat(detail.children()).extracting(TerritoryView.Item::code).containsExactlyInAnyOrder("9A001", "9A002");
        assertThat(detail.parents()).extracting(TerritoryView.Item::code).contains("9A", "99");
        assertThat(queries.mapShapes(TerritoryLevel.TVS, 0)).extracting(TerritoryView.MapShape::code)
                .containsExactly("9A001", "9B001");
        assertThat(queries.mapShapes(TerritoryLevel.TVS, -1).get(0).geometry().getNumGeometries())
                .as("dissolved into one polygon").isEqualTo(1);
        // Written over JDBC as EWKB, read back through the entities: the union of the members' contours, in WGS84.
        var contours = new java.util.HashMap<String, org.locationtech.jts.geom.Geometry>();
        queries.mapShapes(TerritoryLevel.COMMUNE, -1).forEach(s -> contours.put(s.code(), s.geometry()));
        org.locationtech.jts.geom.Geometry stored = queries.mapShapes(TerritoryLevel.TVS, -1).stream()
                .filter(s -> s.code().equals("9A001")).findFirst().orElseThrow().geometry();
        assertThat(stored.getSRID()).isEqualTo(4326);
        assertThat(stored.equalsTopo(contours.get("9A001").union(contours.get("9A002")))).isTrue();
        assertThat(queries.mapShapes(TerritoryLevel.TVS, 2)).allSatisfy(s -> assertThat(s.geometry().getSRID())
                .isEqualTo(4326));

        CommuneTable table = communes.table();
        assertThat(table.groupsOf("9B002", TerritoryLevel.TVS)).containsExactly("9B001");
        assertThat(table.communesOf(TerritoryLevel.TVS, "9A001")).containsExactly("9A001", "9A002");

        var series = catalogue.series("gpdensitytvs", TerritoryLevel.TVS, "9B001");
        assertThat(series.points()).extracting(p -> p.millesime()).containsExactly(2020, 2021);
        assertThat(series.points()).extracting(p -> p.value()).containsExactly(12.0, 11.8);
    }

    @Test
    void groupsSurviveATerritoryReimport() throws Exception {
        importer.run(ImportManifest.read(manifest(fixture("correspondance_communes_tvs-test.csv"), false)), "test");
        territories.importTerritories(TinyTerritory.inputs(), "test", "tiny again");
        assertThat(queries.summary()).containsEntry("tvs", 2L);
        assertThat(queries.mapShapes(TerritoryLevel.TVS, 1)).hasSize(2);
        assertThat(communes.table().groupsOf("9A002", TerritoryLevel.TVS)).containsExactly("9A001");
    }

    @Test
    void aCommuneInTwoTvsIsRefusedWithFileLineAndFieldAndNothingChanges() throws Exception {
        importer.run(ImportManifest.read(manifest(fixture("correspondance_communes_tvs-test.csv"), false)), "test");
        Path bad = table("""
                Code commune;Libellé de la commune;Code du territoire de vie-santé;Libellé du territoire de vie-santé
                9A001;Épinal-sur-Test;T1;Un
                9B001;Bourg-Est;T2;Deux
                9A001;Épinal-sur-Test;T2;Deux
                """);
        assertThatThrownBy(() -> importer.run(ImportManifest.read(manifest(bad, false)), "test"))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("tvs.csv, line 4, field 'Code commune'")
                .hasMessageContaining("already in group T1");
        assertUnchanged();
    }

    @Test
    void aCommuneNouvelleWhoseFormerCommunesLayInTwoTvsJoinsTheOneOfItsKeptCode() throws Exception {
        Path split = table("""
                Code commune;Libellé de la commune;Code du territoire de vie-santé;Libellé du territoire de vie-santé
                9A003;Ancienne;T2;Deux
                9B001;Bourg-Est;T2;Deux
                9A002;Val;T1;Un
                """);
        ImportReport report = importer.run(ImportManifest.read(manifest(split, false)), "test");
        assertThat(communes.table().groupsOf("9A002", TerritoryLevel.TVS)).containsExactly("T1");
        assertThat(groupings.find(TerritoryLevel.TVS, "T2").orElseThrow().communes()).containsExactly("9B001");
        assertThat(report.summary()).contains("9A002 (T1, not T2)");
    }

    @Test
    void overlappingCptsAreAllowedAndAggregatedInEachGroup() throws Exception {
        Path cpts = table("""
                commune;code;nom
                9A001;C1;CPTS du Nord
                9B001;C1;CPTS du Nord
                9B001;C2;CPTS de l'Est
                9B002;C2;CPTS de l'Est
                """);
        Path manifest = Files.writeString(dir.resolve("cpts.yml"), """
                name: cpts
                sources:
                  - type: groupings
                    grouping: cpts
                    path: %s
                    vintage: 2024
                    label: "ARS (test)"
                """.formatted(cpts).replace("\\", "/"));
        importer.run(ImportManifest.read(manifest), "test");
        assertThat(communes.table().groupsOf("9B001", TerritoryLevel.CPTS)).containsExactly("C1", "C2");
        assertThat(queries.find(TerritoryLevel.CPTS, "C1").orElseThrow().population()).isEqualTo(500 + 1200);
        assertThat(queries.find(TerritoryLevel.CPTS, "C2").orElseThrow().population()).isEqualTo(1200);
        assertThat(queries.mapShapes(TerritoryLevel.CPTS, 2)).hasSize(2);
    }

    @Test
    void aGroupCodeEqualToAnEpciSirenIsRefused() throws Exception {
        importer.run(ImportManifest.read(manifest(fixture("correspondance_communes_tvs-test.csv"), false)), "test");
        Path bad = table("""
                Code commune;Libellé de la commune;Code du territoire de vie-santé;Libellé du territoire de vie-santé
                9A001;Épinal-sur-Test;999000001;Ouest
                """);
        assertThatThrownBy(() -> importer.run(ImportManifest.read(manifest(bad, false)), "test"))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("line 2, field 'Code du territoire de vie-santé'")
                .hasMessageContaining("SIREN of a stored EPCI");
        assertUnchanged();
    }

    @Test
    void aCommaSeparatedTableIsRefusedAsTheWrongSeparator() throws Exception {
        importer.run(ImportManifest.read(manifest(fixture("correspondance_communes_tvs-test.csv"), false)), "test");
        Path bad = table("""
                Code commune,Libellé de la commune,Code du territoire de vie-santé,Libellé du territoire de vie-santé
                9A001,Épinal-sur-Test,T1,Un
                """);
        assertThatThrownBy(() -> importer.run(ImportManifest.read(manifest(bad, false)), "test"))
                .isInstanceOf(ImportException.class).hasMessageContaining("tvs.csv, line 1")
                .hasMessageContaining("separated by commas");
        assertUnchanged();
    }

    @Test
    void aBlankCommuneOrGroupIsRefusedNamingLineAndField() throws Exception {
        Path bad = table("""
                Code commune;Libellé de la commune;Code du territoire de vie-santé;Libellé du territoire de vie-santé
                9A001;Épinal-sur-Test;T1;Un
                ;Rien;T2;Deux
                9B001;Bourg;;
                """);
        assertThatThrownBy(() -> importer.run(ImportManifest.read(manifest(bad, false)), "test"))
                .isInstanceOf(ImportException.class)
                .satisfies(e -> assertThat(((ImportException) e).problems()).extracting(Object::toString).contains(
                        "tvs.csv, line 3, field 'Code commune': missing or blank value",
                        "tvs.csv, line 4, field 'Code du territoire de vie-santé': missing or blank value"));
        assertThat(queries.summary()).doesNotContainKey("tvs");
    }

    @Test
    void portalGroupsFollowTheSameRules() {
        store.save(new GroupingRecord(TerritoryLevel.CPTS, "CPTS1", "CPTS test", 2026, "Saisie Oasis", false,
                List.of("9A001", "9A002"), "analyst"), null);
        assertThat(queries.summary()).containsEntry("cpts", 1L);
        assertThatThrownBy(() -> store.save(new GroupingRecord(TerritoryLevel.CPTS, "CPTS2", "Vide", 2026, "Saisie Oasis",
                false, List.of(), "analyst"), null)).isInstanceOf(InvalidGroupingException.class)
                .hasMessageContaining("aucune commune");
        assertThatThrownBy(() -> store.save(new GroupingRecord(TerritoryLevel.CPTS, "999000002", "EPCI", 2026,
                "Saisie Oasis", false, List.of("9B001"), "analyst"), null)).hasMessageContaining("SIREN");
        assertThatThrownBy(() -> store.save(new GroupingRecord(TerritoryLevel.CPTS, "CPTS3", "Inconnue", 2026,
                "Saisie Oasis", false, List.of("9Z999"), "analyst"), null)).hasMessageContaining("9Z999");
        store.save(new GroupingRecord(TerritoryLevel.CPTS, "CPTS1", "CPTS renommée", 2026, "Saisie Oasis", false,
                List.of("9A001"), "analyst"), "CPTS1");
        assertThat(queries.find(TerritoryLevel.CPTS, "CPTS1").orElseThrow().name()).isEqualTo("CPTS renommée");
        assertThat(store.remove(TerritoryLevel.CPTS, "CPTS1")).isTrue();
        assertThat(queries.summary()).doesNotContainKey("cpts");
    }

    private void assertUnchanged() {
        assertThat(queries.summary()).containsEntry("tvs", 2L);
        assertThat(groupings.find(TerritoryLevel.TVS, "9A001").orElseThrow().communes()).containsExactly("9A001", "9A002");
    }

    private Path table(String text) throws IOException {
        return Files.writeString(dir.resolve("tvs.csv"), text);
    }

    private Path manifest(Path table, boolean withDensity) throws IOException {
        return TestTvsManifest.write(dir, table, withDensity ? """
                  - type: indicators
                    path: %s
                    vintage: 2021
                    label: "CartoSanté (test)"
                """.formatted(fixture("densite_generalistes_lib_*_tvs-test.csv")) : "");
    }

    private static Path fixture(String name) {
        return TestTvsManifest.fixture(name);
    }
}
