package fr.oasis.report;

import static org.assertj.core.api.Assertions.assertThat;

import fr.oasis.report.TerritoryReport.Figure;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The workbook read back with POI: exact numbers, blanks for missing values, safe names and text. */
class ReportWorkbookTest {

    @Test
    void sheetsAreTheSummaryEachSectionAndTheSources() throws IOException {
        TerritoryReport report = ReportFixtures.epci();
        byte[] xlsx = ReportWorkbook.render(report);
        Files.createDirectories(Path.of("target/report-samples"));
        Files.write(Path.of("target/report-samples/epci.xlsx"), xlsx);
        try (Workbook wb = open(xlsx)) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactly("Résumé", "Démographie et évolution", "Structure par âge",
                    "Ménages et précarité", "Recours aux soins et prévention", "Accessibilité aux soins",
                    "Professionnels de santé libérau", "Sources");
        }
    }

    @Test
    void everyFigureCellHoldsTheModelNumberAndMissingIsBlank() throws IOException {
        TerritoryReport report = ReportFixtures.epci();
        try (Workbook wb = open(ReportWorkbook.render(report))) {
            int checked = 0;
            int blanks = 0;
            for (int s = 0; s < report.sections().size(); s++) {
                TerritoryReport.Section section = report.sections().get(s);
                Sheet sheet = wb.getSheetAt(1 + s);
                Row head = sheet.getRow(0);
                assertThat(head.getCell(3).getStringCellValue()).isEqualTo("Territoire");
                assertThat(head.getCell(4).getStringCellValue()).isEqualTo("Bas-Rhin");
                assertThat(head.getCell(5).getStringCellValue()).isEqualTo("Grand Est");
                assertThat(head.getCell(6).getStringCellValue()).isEqualTo("Source");
                assertThat(head.getCell(7).getStringCellValue()).isEqualTo("Millésime");
                for (int i = 0; i < section.figures().size(); i++) {
                    Figure f = section.figures().get(i);
                    Row row = sheet.getRow(1 + i);
                    assertThat(row.getCell(0).getStringCellValue()).isEqualTo(f.id());
                    assertThat(row.getCell(1).getStringCellValue()).isEqualTo(f.label());
                    assertThat(row.getCell(2).getStringCellValue()).isEqualTo(f.unit());
                    blanks += assertNumber(row.getCell(3), f.value());
                    blanks += assertNumber(row.getCell(4), f.references().get(0));
                    blanks += assertNumber(row.getCell(5), f.references().get(1));
                    assertThat(row.getCell(6).getStringCellValue()).isEqualTo(f.source());
                    assertThat(row.getCell(7).getNumericCellValue()).isEqualTo(f.millesime().doubleValue());
                    checked++;
                }
            }
            assertThat(checked).isEqualTo(ReportFixtures.figures(report).size());
            assertThat(blanks).isEqualTo(2); // the secret poverty rate, the missing regional unemployment
        }
    }

    @Test
    void numberFormatsRoundOnlyTheDisplay() throws IOException {
        try (Workbook wb = open(ReportWorkbook.render(ReportFixtures.epci()))) {
            Row density = wb.getSheet("Démographie et évolution").getRow(2);
            assertThat(density.getCell(3).getNumericCellValue()).isEqualTo(81.43);
            assertThat(density.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("#,##0.0");
            Row population = wb.getSheet("Démographie et évolution").getRow(1);
            assertThat(population.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
        }
    }

    @Test
    void emptySectionSaysWhyAndTablesAndChartDataFollowTheFigures() throws IOException {
        try (Workbook wb = open(ReportWorkbook.render(ReportFixtures.epci()))) {
            Sheet care = wb.getSheet("Recours aux soins et prévention");
            assertThat(care.getRow(1).getCell(1).getStringCellValue()).isEqualTo(ReportFixtures.CARE_EMPTY);

            Sheet practitioners = wb.getSheet("Professionnels de santé libérau");
            Row title = find(practitioners, "Professionnels par profession et classe d’âge");
            Row columns = practitioners.getRow(title.getRowNum() + 1);
            assertThat(columns.getCell(3).getStringCellValue()).isEqualTo("≥ 60 ans");
            Row dentists = practitioners.getRow(title.getRowNum() + 5);
            assertThat(dentists.getCell(0).getStringCellValue()).isEqualTo("Chirurgiens-dentistes");
            assertThat(dentists.getCell(2).getNumericCellValue()).isEqualTo(4.0);
            assertThat(dentists.getCell(3)).isNull(); // secret, not 0
            Row midwives = practitioners.getRow(title.getRowNum() + 6);
            assertThat(midwives.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC); // a real 0 stays 0
            assertThat(midwives.getCell(3).getNumericCellValue()).isZero();
            assertThat(practitioners.getRow(title.getRowNum() + 7).getCell(0).getStringCellValue())
                    .isEqualTo("Source : ANS, RPPS, millésime 2024");

            Row chartData = find(practitioners, "Données du graphique : Professionnels pour 10 000 habitants (pour 10 000 hab.)");
            Row midwivesDensity = practitioners.getRow(chartData.getRowNum() + 6);
            assertThat(midwivesDensity.getCell(0).getStringCellValue()).isEqualTo("Sages-femmes");
            assertThat(midwivesDensity.getCell(1)).isNull();
            assertThat(midwivesDensity.getCell(2).getNumericCellValue()).isEqualTo(1.9);

            Sheet ages = wb.getSheet("Structure par âge");
            Row pyramid = find(ages, "Données du graphique : Pyramide des âges (% de la population)");
            Row header = ages.getRow(pyramid.getRowNum() + 1);
            assertThat(header.getCell(4).getStringCellValue()).isEqualTo("Femmes – Bas-Rhin");
            assertThat(ages.getRow(pyramid.getRowNum() + 8).getCell(2).getNumericCellValue()).isEqualTo(1.2);
        }
    }

    @Test
    void summaryAndSourcesSheets() throws IOException {
        try (Workbook wb = open(ReportWorkbook.render(ReportFixtures.epci()))) {
            Sheet summary = wb.getSheet("Résumé");
            assertThat(find(summary, "Territoire").getCell(1).getStringCellValue()).isEqualTo(ReportFixtures.EPCI_NAME);
            assertThat(find(summary, "Niveau").getCell(1).getStringCellValue()).isEqualTo("Intercommunalité (EPCI)");
            assertThat(find(summary, "Communes").getCell(1).getNumericCellValue()).isEqualTo(25.0);
            assertThat(find(summary, "Référence (Département)").getCell(1).getStringCellValue()).isEqualTo("Bas-Rhin – 67");
            assertThat(find(summary, "Généré le").getCell(1).getLocalDateTimeCellValue())
                    .isEqualTo(LocalDateTime.of(2025, 3, 12, 14, 5));
            assertThat(find(summary, ReportFixtures.epci().summary().get(1))).isNotNull();

            Sheet sources = wb.getSheet("Sources");
            assertThat(sources.getLastRowNum()).isEqualTo(4);
            assertThat(sources.getRow(2).getCell(0).getStringCellValue()).isEqualTo(ReportFixtures.FILOSOFI);
            assertThat(sources.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(2021.0);
            assertThat(sources.getRow(1).getCell(2).getStringCellValue())
                    .isEqualTo("Démographie et évolution ; Structure par âge ; Ménages et précarité");
        }
    }

    @Test
    void hostileTextStaysTextAndSheetNamesAreSafe() throws IOException {
        TerritoryReport hostile = ReportFixtures.hostile();
        try (Workbook wb = open(ReportWorkbook.render(hostile))) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).hasSize(4);
            for (String name : names) {
                assertThat(name.length()).isLessThanOrEqualTo(31);
                assertThat(name).isNotBlank();
                assertThat(name).doesNotContain(":", "\\", "/", "?", "*", "[", "]");
            }
            assertThat(names.get(2)).endsWith(" (2)"); // two sections with the same title
            int formulaLike = 0;
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                        if (cell.getCellType() == CellType.STRING && !cell.getStringCellValue().isEmpty()
                                && "=+-@".indexOf(cell.getStringCellValue().charAt(0)) >= 0) {
                            assertThat(cell.getCellStyle().getQuotePrefixed()).as(cell.getStringCellValue()).isTrue();
                            formulaLike++;
                        }
                    }
                }
            }
            assertThat(formulaLike).isGreaterThanOrEqualTo(5);
            Sheet section = wb.getSheetAt(1);
            assertThat(section.getRow(1).getCell(1).getStringCellValue()).isEqualTo(ReportFixtures.HOSTILE_FORMULA);
            assertThat(section.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(-4.5);
            assertThat(section.getRow(2).getCell(3).getNumericCellValue()).isEqualTo(1.0E7);
            assertThat(section.getRow(2).getCell(6).getStringCellValue()).hasSize(3008); // a long name, whole
            assertThat(section.getRow(1).getCell(8).getStringCellValue()).isEqualTo(ReportFixtures.HOSTILE_MARKUP);
            assertThat(section.getRow(1).getCell(9).getStringCellValue()).isEqualTo("oui"); // demonstration data
        }
    }

    private static int assertNumber(Cell cell, Double expected) {
        if (expected == null) {
            assertThat(cell == null || cell.getCellType() == CellType.BLANK).as("missing is blank").isTrue();
            return 1;
        }
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(cell.getNumericCellValue()).isEqualTo(expected);
        return 0;
    }

    private static Row find(Sheet sheet, String firstCell) {
        for (Row row : sheet) {
            Cell cell = row.getCell(0);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(firstCell)) {
                return row;
            }
        }
        throw new AssertionError("no row starting with '" + firstCell + "' in " + sheet.getSheetName());
    }

    private static Workbook open(byte[] xlsx) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }
}
