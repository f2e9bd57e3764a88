package fr.oasis.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A territorial report as an XLSX workbook (Apache POI): a "Résumé" sheet (territory,
 * references, generation date, summary), one sheet per section ({@link SectionSheet}: every
 * figure with its references, source and millésime, then the tables and the chart data), and a
 * "Sources" sheet, then the "Annexe technique" (the engine's own description of each APL run:
 * travel-time model and parameters, which the PDF and the page never show). Numbers are numeric cells with the model's exact values; missing or secret
 * values are blank cells, never 0 ({@link WorkbookCells}). A report is small (hundreds of
 * cells), so the in-memory workbook is used rather than the streaming one.
 * <p>
 * Thread-safe: each call builds its own workbook.
 */
public final class ReportWorkbook {
    static final String SUMMARY_SHEET = "Résumé";
    static final String SOURCES_SHEET = "Sources";
    static final String ANNEX_SHEET = "Annexe technique";

    private ReportWorkbook() {
    }

    /** The .xlsx file. */
    public static byte[] render(TerritoryReport report) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            WorkbookCells cells = new WorkbookCells(workbook);
            SheetNames names = new SheetNames();
            summary(workbook.createSheet(names.unique(SUMMARY_SHEET, SUMMARY_SHEET)), cells, report);
            // Reserved now so that a section titled "Sources" gets "Sources (2)", not the last sheet's name.
            String sourcesName = names.unique(SOURCES_SHEET, SOURCES_SHEET);
            int n = 1;
            for (TerritoryReport.Section section : report.sections()) {
                Sheet sheet = workbook.createSheet(names.unique(section.title(), "Section " + n++));
                SectionSheet.write(sheet, cells, section, report.references());
            }
            sources(workbook.createSheet(sourcesName), cells, report);
            if (report.annex() != null && !report.annex().isEmpty()) {
                annex(workbook.createSheet(names.unique(ANNEX_SHEET, ANNEX_SHEET)), cells, report);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report workbook", e);
        }
    }

    private static void summary(Sheet sheet, WorkbookCells cells, TerritoryReport report) {
        TerritoryReport.Subject subject = report.subject();
        sheet.setColumnWidth(0, 24 * 256);
        sheet.setColumnWidth(1, 80 * 256);
        int r = 0;
        cells.title(sheet.createRow(r++), 0, "Portrait de territoire");
        r = pair(sheet, cells, r, "Territoire", subject.name());
        r = pair(sheet, cells, r, "Niveau", ReportLabels.level(subject.level()));
        r = pair(sheet, cells, r, "Code", subject.code());
        Row communes = sheet.createRow(r++);
        cells.header(communes, 0, "Communes");
        cells.number(communes, 1, subject.communeCodes() == null ? null : subject.communeCodes().size());
        for (TerritoryReport.Reference ref : report.references()) {
            r = pair(sheet, cells, r, "Référence (" + ReportLabels.level(ref.level()) + ")",
                    ref.name() + " – " + ref.code());
        }
        Row date = sheet.createRow(r++);
        cells.header(date, 0, "Généré le");
        cells.date(date, 1, ReportLabels.parisTime(report.generatedAt()));
        r++;
        cells.title(sheet.createRow(r++), 0, "En bref");
        for (String line : report.summary()) {
            cells.text(sheet.createRow(r++), 0, line);
        }
        r++;
        cells.text(sheet.createRow(r), 0,
                "Cellule vide : valeur manquante ou couverte par le secret statistique (jamais 0).");
    }

    private static int pair(Sheet sheet, WorkbookCells cells, int r, String label, String value) {
        Row row = sheet.createRow(r);
        cells.header(row, 0, label);
        cells.text(row, 1, value);
        return r + 1;
    }

    private static void sources(Sheet sheet, WorkbookCells cells, TerritoryReport report) {
        String[] headers = {"Source", "Millésime", "Sections", "Démonstration"};
        int[] widths = {60, 10, 60, 14};
        Row head = sheet.createRow(0);
        for (int c = 0; c < headers.length; c++) {
            cells.header(head, c, headers[c]);
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        int r = 1;
        for (ReportSources.Line line : ReportSources.of(report)) {
            Row row = sheet.createRow(r++);
            cells.text(row, 0, line.source());
            cells.year(row, 1, line.millesime());
            cells.text(row, 2, String.join(" ; ", line.sections()));
            if (line.demo()) {
                cells.text(row, 3, "oui");
            }
        }
    }

    /** The engine's own description of each computation, for specialists (never in the PDF). */
    private static void annex(Sheet sheet, WorkbookCells cells, TerritoryReport report) {
        sheet.setColumnWidth(0, 22 * 256);
        sheet.setColumnWidth(1, 160 * 256);
        Row head = sheet.createRow(0);
        cells.header(head, 0, "Calcul");
        cells.header(head, 1, "Paramètres (texte du moteur, en anglais)");
        int r = 1;
        for (TerritoryReport.Annex line : report.annex()) {
            Row row = sheet.createRow(r++);
            cells.text(row, 0, line.key());
            cells.text(row, 1, line.text());
        }
    }
}
