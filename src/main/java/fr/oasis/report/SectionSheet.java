package fr.oasis.report;

import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * One report section as a worksheet: a header row, one row per figure (id, Indicateur, Unité,
 * the territory's value, one column per reference, Source, Millésime, Note, Démonstration),
 * the section's message when it is empty, then each table and each chart's data below, each
 * with its title and source. The header row is frozen.
 */
final class SectionSheet {
    /** Column of the territory's value; references follow it. */
    static final int VALUE_COLUMN = 3;

    private final Sheet sheet;
    private final WorkbookCells cells;
    private int next;

    private SectionSheet(Sheet sheet, WorkbookCells cells) {
        this.sheet = sheet;
        this.cells = cells;
    }

    static void write(Sheet sheet, WorkbookCells cells, TerritoryReport.Section section,
                      List<TerritoryReport.Reference> references) {
        new SectionSheet(sheet, cells).fill(section, references);
    }

    private void fill(TerritoryReport.Section section, List<TerritoryReport.Reference> references) {
        int refs = references.size();
        Row head = row();
        String[] before = {"id", "Indicateur", "Unité", "Territoire"};
        for (int c = 0; c < before.length; c++) {
            cells.header(head, c, before[c]);
        }
        for (int r = 0; r < refs; r++) {
            cells.header(head, VALUE_COLUMN + 1 + r, references.get(r).name());
        }
        String[] after = {"Source", "Millésime", "Note", "Démonstration"};
        int sourceColumn = VALUE_COLUMN + 1 + refs;
        for (int c = 0; c < after.length; c++) {
            cells.header(head, sourceColumn + c, after[c]);
        }
        sheet.createFreezePane(0, 1);
        widths(refs);

        for (TerritoryReport.Figure f : section.figures()) {
            Row row = row();
            cells.text(row, 0, f.id());
            cells.text(row, 1, f.label());
            cells.text(row, 2, f.unit());
            cells.number(row, VALUE_COLUMN, f.value());
            for (int r = 0; r < refs; r++) {
                cells.number(row, VALUE_COLUMN + 1 + r,
                        f.references() != null && r < f.references().size() ? f.references().get(r) : null);
            }
            cells.text(row, sourceColumn, f.source());
            cells.year(row, sourceColumn + 1, f.millesime());
            cells.text(row, sourceColumn + 2, f.note());
            if (f.demo()) {
                cells.text(row, sourceColumn + 3, "oui");
            }
        }
        if (section.emptyMessage() != null) {
            cells.text(row(), 1, section.emptyMessage());
        }
        for (TerritoryReport.Table table : section.tables()) {
            next++;
            cells.title(row(), 0, table.title());
            Row columns = row();
            for (int c = 0; c < table.columns().size(); c++) {
                cells.header(columns, c, table.columns().get(c));
            }
            for (List<Object> values : table.rows()) {
                Row row = row();
                for (int c = 0; c < values.size(); c++) {
                    cells.value(row, c, values.get(c));
                }
            }
            cells.text(row(), 0, "Source : " + ReportSources.label(table.source(), table.millesime()));
        }
        for (TerritoryReport.Chart chart : section.charts()) {
            next++;
            String unit = chart.unit() == null || chart.unit().isBlank() ? "" : " (" + chart.unit() + ")";
            cells.title(row(), 0, "Données du graphique : " + chart.title() + unit);
            Row columns = row();
            cells.header(columns, 0, "Catégorie");
            for (int s = 0; s < chart.series().size(); s++) {
                cells.header(columns, 1 + s, chart.series().get(s).name());
            }
            for (int c = 0; c < chart.categories().size(); c++) {
                Row row = row();
                cells.text(row, 0, chart.categories().get(c));
                for (int s = 0; s < chart.series().size(); s++) {
                    List<Double> values = chart.series().get(s).values();
                    cells.number(row, 1 + s, c < values.size() ? values.get(c) : null);
                }
            }
            cells.text(row(), 0, "Source : " + ReportSources.label(chart.source(), chart.millesime()));
        }
    }

    private Row row() {
        return sheet.createRow(next++);
    }

    private void widths(int refs) {
        // Fixed widths (in 1/256 of a character): autoSizeColumn would need AWT fonts and is slow.
        int[] chars = {18, 48, 14, 14};
        for (int c = 0; c < chars.length; c++) {
            sheet.setColumnWidth(c, chars[c] * 256);
        }
        for (int r = 0; r < refs; r++) {
            sheet.setColumnWidth(VALUE_COLUMN + 1 + r, 14 * 256);
        }
        int[] tail = {40, 10, 40, 14};
        for (int c = 0; c < tail.length; c++) {
            sheet.setColumnWidth(VALUE_COLUMN + 1 + refs + c, tail[c] * 256);
        }
    }
}
