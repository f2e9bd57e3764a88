package fr.oasis.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The offline workbook: written then read back gives the same actions; a renamed column, a year
 * column outside the period, a status outside the list, a bad number and an indicator of an
 * unknown action are refused with the sheet, the line and the column. Also renders the yearly
 * assessment (PDF, XLSX) of the sample and checks their text.
 */
class ContractWorkbookTest {
    private final Contract sample = ContractSamples.sample().normalized().stored(7, java.util.List.of(), 1);

    @Test
    void writtenThenReadBackGivesTheSameActions() {
        byte[] xlsx = ContractWorkbook.render(sample);
        assertThat(ContractWorkbookReader.read(new ByteArrayInputStream(xlsx), sample)).isEqualTo(sample.actions());
    }

    @Test
    void aRenamedColumnIsRefusedNamingTheSheetLineAndColumn() throws Exception {
        byte[] xlsx = edit(ContractWorkbook.render(sample), wb -> wb.getSheet("Actions").getRow(0).getCell(2)
                .setCellValue("Axis"));
        assertThatThrownBy(() -> ContractWorkbookReader.read(new ByteArrayInputStream(xlsx), sample))
                .isInstanceOf(InvalidContractException.class)
                .hasMessageContaining("feuille « Actions », ligne 1, colonne « Axe » : en-tête « Axis » au lieu de « Axe »");
    }

    @Test
    void badCellsAreAllListedWithTheirPlace() throws Exception {
        byte[] xlsx = edit(ContractWorkbook.render(sample), wb -> {
            Sheet actions = wb.getSheet("Actions");
            actions.getRow(1).getCell(11 + 2 * 2).setCellValue("presque");  // Statut 2021 of 1.1.1
            actions.getRow(2).createCell(10).setCellValue("beaucoup");       // Budget of 2.1.1
            Sheet indicators = wb.getSheet("Indicateurs");
            Row stray = indicators.createRow(3);
            stray.createCell(0).setCellValue("9.9.9");
            stray.createCell(1).setCellValue("X");
            stray.createCell(2).setCellValue("processus");
            stray.createCell(3).setCellValue("Fantôme");
        });
        InvalidContractException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidContractException.class,
                () -> ContractWorkbookReader.read(new ByteArrayInputStream(xlsx), sample));
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith("feuille « Actions », ligne 2, colonne "
                        + "« Statut 2021 » : « presque » n'est pas dans la liste"))
                .anySatisfy(p -> assertThat(p).isEqualTo("feuille « Actions », ligne 3, colonne « Budget (€) » : "
                        + "« beaucoup » n'est pas un nombre"))
                .anySatisfy(p -> assertThat(p).contains("action « 9.9.9 » absente de la feuille « Actions »"));
    }

    @Test
    void aYearColumnOutsideThePeriodIsRefused() throws Exception {
        byte[] xlsx = edit(ContractWorkbook.render(sample), wb -> {
            Row header = wb.getSheet("Indicateurs").getRow(0);
            header.createCell(18).setCellValue("Valeur 2030");
            header.createCell(19).setCellValue("Constat 2030");
        });
        assertThatThrownBy(() -> ContractWorkbookReader.read(new ByteArrayInputStream(xlsx), sample))
                .hasMessageContaining("feuille « Indicateurs », ligne 1, colonne « Valeur 2030 » : l'année 2030 est "
                        + "hors de la période du contrat (2019–2023)");
    }

    @Test
    void notAWorkbookIsRefusedInFrench() {
        assertThatThrownBy(() -> ContractWorkbookReader.read(new ByteArrayInputStream("a;b\n".getBytes()), sample))
                .isInstanceOf(InvalidContractException.class).hasMessageContaining("pas un classeur XLSX lisible");
    }

    @Test
    void theYearlyAssessmentRendersAsPdfAndWorkbook() throws Exception {
        Bilan bilan = Bilan.of(sample, 2021);
        assertThat(bilan.counts()).containsEntry(ActionStatus.REALISEE, 1);
        assertThat(bilan.unreported()).isEqualTo(1);
        assertThat(bilan.changesSincePreviousYear()).contains(
                "Action « 1.1.1 » (Acquérir un bus itinérant) : en cours fin 2020 → réalisée fin 2021");
        ContractFigures figures = figures();
        byte[] pdf = BilanPdf.render(bilan, figures);
        Path out = Path.of("target/screenshots/contract-bilan-2021.pdf");
        Files.createDirectories(out.getParent());
        Files.write(out, pdf);
        try (var doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("CLS de test — bilan annuel 2021", "Acquérir un bus itinérant", "réalisée",
                    "Nombre de communes desservies", "toutes les communes").contains("100,0\u00a0%")
                    .contains("À la signature (figé le", "ils ont été figés (le 15/12/2021, création du contrat)", "+0,30\u00a0consultations", "-1,5\u00a0pt",
                            "millésime inchangé (2024)", "DREES (2021)");
        }
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(BilanWorkbook.render(bilan, figures)))) {
            assertThat(wb.getSheet("Actions").getRow(1).getCell(6).getStringCellValue()).isEqualTo("réalisée");
            assertThat(wb.getSheet("Indicateurs").getRow(1).getCell(7).getNumericCellValue()).isEqualTo(2.0);
            Sheet perimeter = wb.getSheet("Périmètre");
            assertThat(perimeter.getRow(0).getCell(2).getStringCellValue()).isEqualTo("À la signature (figé le 15/12/2021)");
            assertThat(perimeter.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(2.1);
            assertThat(perimeter.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(2.4);
            assertThat(perimeter.getRow(1).getCell(6).getNumericCellValue()).isCloseTo(0.3, within(1e-12));
            assertThat(perimeter.getRow(3).getCell(6)).isNull();
            assertThat(perimeter.getRow(3).getCell(7).getStringCellValue()).isEqualTo("millésime inchangé (2024)");
        }
    }

    /**
     * At signature and today: the GP APL's millésime moved (2021 → 2024): a difference; the share
     * of 75+ moved too, in points; the MSP count kept its millésime: no evolution, said so.
     */
    @Test
    void figuresAtSignatureShowADifferenceOnlyWhenTheMillesimeMoved() {
        ContractFigures f = figures();
        assertThat(f.lines()).extracting(ContractFigures.Line::key).containsExactly("apl.MG.all", "share75",
                "structures.msp");
        ContractFigures.Line apl = f.lines().get(0);
        assertThat(apl.thenText()).isEqualTo("2,10\u00a0consultations");
        assertThat(apl.nowText()).isEqualTo("2,40\u00a0consultations");
        assertThat(apl.evolution()).isEqualTo("+0,30\u00a0consultations");
        assertThat(apl.thenSource()).isEqualTo("DREES (2021)");
        assertThat(apl.nowSource()).isEqualTo("DREES (2024)");
        assertThat(f.lines().get(1).evolution()).isEqualTo("-1,5\u00a0pt");
        ContractFigures.Line msp = f.lines().get(2);
        assertThat(msp.sameMillesime()).isTrue();
        assertThat(msp.difference()).isNull();
        assertThat(msp.evolution()).isEqualTo("millésime inchangé (2024)");
        // the same millésime with another value: recomputed, never shown as an evolution
        ContractFigures recomputed = ContractFigures.of(new ContractContext.Now("/reports/cls/X", null, List.of(
                new ContractContext.Figure("structures.msp", "MSP", 3.0, null, "BPE", 2024, false, null, null)), null,
                false), snapshot());
        assertThat(recomputed.lines().get(0).evolution()).startsWith("millésime inchangé (2024) ; valeur recalculée");
        // nothing frozen: today's figures, "non figé" at signature
        ContractFigures none = ContractFigures.of(new ContractContext.Now(null, null, List.of(
                new ContractContext.Figure("share75", "Part des 75 ans et plus", 10.5, "%", "Insee", 2022, false, null,
                        null)), null, false), null);
        assertThat(none.frozen()).isFalse();
        assertThat(none.lines().get(0).thenText()).isEqualTo("non figé");
        assertThat(none.lines().get(0).evolution()).isEqualTo("—");
    }

    private static ContractSnapshots.Snapshot snapshot() {
        return new ContractSnapshots.Snapshot(java.time.Instant.parse("2021-12-15T10:00:00Z"), "admin",
                "création du contrat", "territories=1", List.of(
                new ContractContext.Figure("apl.MG.all", "APL médecins généralistes", 2.1, "consultations", "DREES",
                        2021, false, null, null),
                new ContractContext.Figure("share75", "Part des 75 ans et plus", 12.0, "%", "Insee", 2019, false, null,
                        null),
                new ContractContext.Figure("structures.msp", "MSP", 2.0, null, "BPE", 2024, false, null, null)));
    }

    private static ContractFigures figures() {
        return ContractFigures.of(new ContractContext.Now("/reports/epci/1", "/map?level=epci&sel=epci:1", List.of(
                new ContractContext.Figure("apl.MG.all", "APL médecins généralistes", 2.4, "consultations", "DREES",
                        2024, false, 2.9, "Département"),
                new ContractContext.Figure("share75", "Part des 75 ans et plus", 10.5, "%", "Insee", 2022, false, 11.0,
                        "Département"),
                new ContractContext.Figure("structures.msp", "MSP", 2.0, null, "BPE", 2024, false, null, null)), null,
                false), snapshot());
    }

    private static byte[] edit(byte[] xlsx, java.util.function.Consumer<Workbook> change) throws Exception {
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            change.accept(wb);
            wb.write(out);
            return out.toByteArray();
        }
    }
}
