package fr.oasis.report;

import fr.oasis.export.SpreadsheetCsv;

/**
 * Every figure of a territorial report as one CSV for French spreadsheets
 * ({@link SpreadsheetCsv}: UTF-8 with BOM, semicolons, decimal commas, formula-like text
 * neutralised). Columns: section, id, indicateur, unité, territoire, one column per reference
 * (named after it), source, millésime, note, démonstration. Missing or secret values are empty
 * fields, never 0; numbers keep every digit of the model's value.
 * <p>
 * Figures only: chart data and tables are in the workbook ({@link ReportWorkbook}). An empty
 * section has no figure and therefore no row. Thread-safe (no state).
 */
public final class ReportCsv {
    private ReportCsv() {
    }

    /** The .csv file. */
    public static byte[] render(TerritoryReport report) {
        SpreadsheetCsv csv = new SpreadsheetCsv().text("section").text("id").text("indicateur").text("unité")
                .text("territoire");
        for (TerritoryReport.Reference ref : report.references()) {
            csv.text(ref.name());
        }
        csv.text("source").text("millésime").text("note").text("démonstration").endRow();
        int refs = report.references().size();
        for (TerritoryReport.Section section : report.sections()) {
            for (TerritoryReport.Figure f : section.figures()) {
                csv.text(section.title()).text(f.id()).text(f.label()).text(f.unit()).number(f.value());
                for (int r = 0; r < refs; r++) {
                    csv.number(f.references() != null && r < f.references().size() ? f.references().get(r) : null);
                }
                csv.text(f.source()).number(f.millesime()).text(f.note()).value(f.demo()).endRow();
            }
        }
        return csv.toBytes();
    }
}
