package fr.oasis.contract;

import fr.oasis.export.FormulaGuard;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * How the contract workbooks write cells: a bold header row, numbers as numeric cells, missing
 * values as no cell (never 0), text never run as a formula (the quote-prefix flag Excel sets for
 * {@code '=...}, see {@link FormulaGuard}). Not thread-safe: one instance per workbook.
 */
final class SheetCells {
    private final CellStyle header;
    private final CellStyle quoted;

    SheetCells(Workbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        quoted = workbook.createCellStyle();
        quoted.setQuotePrefixed(true);
    }

    void header(Sheet sheet, java.util.List<String> names) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < names.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(names.get(i));
            cell.setCellStyle(header);
            sheet.setColumnWidth(i, Math.min(60, Math.max(10, names.get(i).length() + 4)) * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    void text(Row row, int column, String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(value.length() > 32_000 ? value.substring(0, 32_000) + "…" : value);
        if (FormulaGuard.looksLikeFormula(value)) {
            cell.setCellStyle(quoted);
        }
    }

    void number(Row row, int column, Number value) {
        if (value != null) {
            row.createCell(column).setCellValue(value.doubleValue());
        }
    }
}
