package fr.oasis.report;

import static org.assertj.core.api.Assertions.assertThat;

import fr.oasis.importer.PractitionerImportService;
import fr.oasis.importer.TerritoryImportService;
import fr.oasis.importer.TinyTerritory;
import fr.oasis.importer.record.PractitionerRecord;
import fr.oasis.practitioner.PractitionerVintageView;
import fr.oasis.territory.TerritoryLevel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The practitioners per profession and vintage in the report's practitioner section, on the tiny
 * territory ({@link TinyTerritory}) with four vintages imported in the order 2022, 2019, 2023,
 * 2025 (the table takes the four most recent imports and orders them by millésime). EPCI
 * 999000001 holds 9A001 and 9A002 (9A003 is a former code of 9A002).
 */
@SpringBootTest
abstract class ReportVintagesContract {
    @Autowired
    TerritoryImportService territories;
    @Autowired
    PractitionerImportService practitioners;
    @Autowired
    ReportService reports;

    @BeforeEach
    void fourVintages() {
        territories.importTerritories(TinyTerritory.inputs(), "test", "tiny");
        vintage(2022, rec("GP1", "MG", "9B001"), rec("GP2", "MG", "9A003"), rec("CD1", "CD", "9A001"));
        vintage(2019, rec("GP1", "MG", "9B001"));
        vintage(2023, rec("GP1", "MG", "9B001"), rec("GP2", "MG", "9A003"), rec("CD1", "CD", "9A001"));
        vintage(2025, rec("GP2", "MG", "9A003"), rec("GP3", "MG", "9A001"), rec("INF1", "INF", "9A002"));
    }

    private void vintage(int year, PractitionerRecord... records) {
        practitioners.importPractitioners(Arrays.asList(records),
                new PractitionerVintageView.New("vintages test", "test", year, false, false), "test");
    }

    private static PractitionerRecord rec(String id, String profession, String commune) {
        return new PractitionerRecord(id, profession, null, commune, null, null, null, 50, false, "v.csv#" + id);
    }

    private static List<Object> row(TerritoryReport.Table table, String profession) {
        return table.rows().stream().filter(r -> r.get(0).equals(profession)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + profession));
    }

    @Test
    void countsPerProfessionAndVintageWithTheirSource() {
        TerritoryReport report = reports.report(TerritoryLevel.EPCI, "999000001");
        TerritoryReport.Section section = ReportTinyContract.section(report, PractitionerSection.ID);
        TerritoryReport.Table table = section.tables().stream()
                .filter(t -> t.id().equals(PractitionerVintageTable.ID)).findFirst().orElseThrow();
        assertThat(table.columns()).containsExactly("Profession", "Effectif 2019", "Effectif 2022", "Effectif 2023",
                "Effectif 2025", "Évolution 2019-2025", "Évolution 2019-2025 (%)");
        assertThat(table.title()).contains("CC de l'Ouest");
        assertThat(table.source()).isEqualTo("vintages test");
        assertThat(table.millesime()).isEqualTo(2025);
        // GP: none in the west in 2019, GP2 (9A003 → 9A002) in 2022 and 2023, GP2 and GP3 in 2025;
        // no % change from 0.
        assertThat(row(table, "Médecins généralistes")).containsExactly("Médecins généralistes", 0L, 1L, 1L, 2L, 2L,
                null);
        // Dentists are in neither the first nor the last vintage: missing there (not counted), no change.
        List<Object> dentists = new ArrayList<>(row(table, "Chirurgiens-dentistes"));
        assertThat(dentists).containsExactly("Chirurgiens-dentistes", null, 1L, 1L, null, null, null);
        assertThat(row(table, "Infirmiers").subList(1, 5)).containsExactly(null, null, null, 1L);
        // The table by age class still shows the latest vintage only.
        assertThat(section.tables().get(0).id()).isEqualTo("practitioners-by-age");
        assertThat(section.tables().get(0).millesime()).isEqualTo(2025);
    }
}
