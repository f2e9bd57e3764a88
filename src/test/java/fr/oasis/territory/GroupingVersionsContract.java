package fr.oasis.territory;

import static org.assertj.core.api.Assertions.assertThat;

import fr.oasis.accessibility.AccessibilityQueries;
import fr.oasis.accessibility.AccessibilityView;
import fr.oasis.accessibility.AplVariant;
import fr.oasis.accessibility.ScenarioModels;
import fr.oasis.importer.ImportManifest;
import fr.oasis.importer.TestTvsManifest;
import fr.oasis.importer.ManifestImporter;
import fr.oasis.importer.PractitionerImportService;
import fr.oasis.importer.TerritoryImportService;
import fr.oasis.importer.TinyTerritory;
import fr.oasis.importer.record.PractitionerRecord;
import fr.oasis.practitioner.PractitionerVintageView;
import fr.oasis.practitioner.Profession;
import fr.oasis.provenance.DataKind;
import fr.oasis.provenance.DataVersions;
import fr.oasis.report.ReportService;
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
 * A grouping change (a CPTS created, edited or deleted in the portal, a TVS table imported) moves
 * the groupings data version only: what derives from the communes alone (the commune table
 * without groupings, the APL model behind the scenarios, the commune APL layer) stays the same
 * object, while every answer at a grouping level (the commune table's memberships and names, the
 * APL layer of the level, the report of the group) shows the change at once.
 */
@SpringBootTest
abstract class GroupingVersionsContract {
    @Autowired
    TerritoryImportService territories;
    @Autowired
    PractitionerImportService practitioners;
    @Autowired
    ManifestImporter manifests;
    @Autowired
    GroupingStore store;
    @Autowired
    Communes communes;
    @Autowired
    DataVersions versions;
    @Autowired
    ScenarioModels scenarios;
    @Autowired
    AccessibilityQueries accessibility;
    @Autowired
    ReportService reports;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path dir;

    @BeforeEach
    void tinyTerritoryWithOneGp() {
        jdbc.update("DELETE FROM territory_grouping");
        territories.importTerritories(TinyTerritory.inputs(), "test", "tiny");
        practitioners.importPractitioners(List.of(new PractitionerRecord("GP1", "MG", null, "9B001", null, null,
                        4500.0, 50, false, "gp.csv#line 2")),
                new PractitionerVintageView.New("test practitioners", "test", 2025, false, false), "test");
    }

    @AfterEach
    void noGroupingLeft() {
        jdbc.update("DELETE FROM territory_grouping");
        territories.importTerritories(TinyTerritory.inputs(), "test", "tiny");
    }

    @Test
    void aCptsCreatedInThePortalKeepsTheCommuneCachesAndShowsAtItsLevel() {
        CommuneTable communesOnly = communes.withoutGroupings();
        Object model = scenarios.current();
        AccessibilityView.Layer communeApl = accessibility.layer(TerritoryLevel.COMMUNE, Profession.MG, AplVariant.ALL);
        assertThat(accessibility.layer(TerritoryLevel.CPTS, Profession.MG, AplVariant.ALL).values()).isEmpty();
        assertThat(communes.table().names(TerritoryLevel.CPTS)).isEmpty();
        long territoriesVersion = versions.current().stamp(DataKind.TERRITORIES).get(0);
        long groupingsVersion = versions.current().stamp(DataKind.GROUPINGS).get(0);

        store.save(new GroupingRecord(TerritoryLevel.CPTS, "CPTS-V", "CPTS des versions", 2026, "Saisie dans Oasis",
                false, List.of("9A001", "9B001"), "analyst"), null);

        assertThat(versions.current().stamp(DataKind.TERRITORIES)).containsExactly(territoriesVersion);
        assertThat(versions.current().stamp(DataKind.GROUPINGS)).containsExactly(groupingsVersion + 1);
        assertThat(communes.withoutGroupings()).as("the communes were not read again").isSameAs(communesOnly);
        assertThat(scenarios.current()).as("the APL model was not rebuilt").isSameAs(model);
        assertThat(accessibility.layer(TerritoryLevel.COMMUNE, Profession.MG, AplVariant.ALL))
                .as("the commune APL layer is kept").isSameAs(communeApl);

        CommuneTable table = communes.table();
        assertThat(table.names(TerritoryLevel.CPTS)).containsEntry("CPTS-V", "CPTS des versions");
        assertThat(table.groupsOf("9B001", TerritoryLevel.CPTS)).containsExactly("CPTS-V");
        assertThat(table.communesOf(TerritoryLevel.CPTS, "CPTS-V")).containsExactly("9A001", "9B001");
        assertThat(table.byCode().get("9A001")).as("what the communes carry is shared")
                .extracting(TerritoryView.CommunePoint::population).isEqualTo(500);
        assertThat(accessibility.layer(TerritoryLevel.CPTS, Profession.MG, AplVariant.ALL).values())
                .extracting(AccessibilityView.TerritoryValue::code).containsExactly("CPTS-V");
        assertThat(reports.report(TerritoryLevel.CPTS, "CPTS-V").subject().name()).isEqualTo("CPTS des versions");

        store.save(new GroupingRecord(TerritoryLevel.CPTS, "CPTS-V", "CPTS renommée", 2026, "Saisie dans Oasis",
                false, List.of("9B001"), "analyst"), "CPTS-V");
        assertThat(communes.table().names(TerritoryLevel.CPTS)).containsEntry("CPTS-V", "CPTS renommée");
        assertThat(communes.table().groupsOf("9A001", TerritoryLevel.CPTS)).isEmpty();
        assertThat(reports.report(TerritoryLevel.CPTS, "CPTS-V").subject().communeCodes()).containsExactly("9B001");

        assertThat(store.remove(TerritoryLevel.CPTS, "CPTS-V")).isTrue();
        assertThat(communes.table().names(TerritoryLevel.CPTS)).isEmpty();
        assertThat(accessibility.layer(TerritoryLevel.CPTS, Profession.MG, AplVariant.ALL).values()).isEmpty();
        assertThat(scenarios.current()).isSameAs(model);
        assertThat(communes.withoutGroupings()).isSameAs(communesOnly);
    }

    @Test
    void aTvsImportThroughTheManifestRefreshesTheGroupingLevelsOnly() throws Exception {
        CommuneTable communesOnly = communes.withoutGroupings();
        Object model = scenarios.current();
        assertThat(communes.table().groupsOf("9B002", TerritoryLevel.TVS)).isEmpty();

        Path manifest = TestTvsManifest.write(dir, TestTvsManifest.fixture("correspondance_communes_tvs-test.csv"), "");
        manifests.run(ImportManifest.read(manifest), "test");

        assertThat(communes.table().groupsOf("9B002", TerritoryLevel.TVS)).containsExactly("9B001");
        assertThat(communes.table().names(TerritoryLevel.TVS)).containsOnlyKeys("9A001", "9B001");
        assertThat(accessibility.layer(TerritoryLevel.TVS, Profession.MG, AplVariant.ALL).values())
                .extracting(AccessibilityView.TerritoryValue::code).containsExactly("9A001", "9B001");
        assertThat(communes.withoutGroupings()).isSameAs(communesOnly);
        assertThat(scenarios.current()).isSameAs(model);
    }

    @Test
    void aTerritoryImportRebuildsBothTables() {
        store.save(new GroupingRecord(TerritoryLevel.CPTS, "CPTS-T", "CPTS du réimport", 2026, "Saisie dans Oasis",
                false, List.of("9A001"), "analyst"), null);
        CommuneTable communesOnly = communes.withoutGroupings();
        CommuneTable withGroupings = communes.table();

        territories.importTerritories(TinyTerritory.inputs(), "test", "tiny again");

        assertThat(communes.withoutGroupings()).isNotSameAs(communesOnly);
        assertThat(communes.withoutGroupings().dataVersion()).isGreaterThan(communesOnly.dataVersion());
        assertThat(communes.table()).isNotSameAs(withGroupings);
        assertThat(communes.table().groupsOf("9A001", TerritoryLevel.CPTS)).containsExactly("CPTS-T");
        assertThat(communes.withoutGroupings().groupsOf("9A001", TerritoryLevel.CPTS))
                .as("the table of the territory version alone knows no grouping").isEmpty();
    }
}
