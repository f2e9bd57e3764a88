package fr.oasis.report;

import fr.oasis.export.FormulaGuard;
import java.time.LocalDateTime;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of a report workbook and the only way cells are written, so that every sheet
 * follows the same rules:
 * <ul>
 *   <li>numbers are numeric cells holding the exact model value; the format only rounds the
 *       display, with the decimals of {@link FrenchNumbers#decimals};</li>
 *   <li>a missing value is no cell at all (blank), never 0;</li>
 *   <li>text is never a formula: POI writes strings as strings, and a text that a spreadsheet
 *       would run once edited ({@link FormulaGuard}) also gets the "quote prefix" style, the
 *       flag Excel itself sets for {@code '=...}; the text itself is kept unchanged;</li>
 *   <li>text longer than a cell can hold (32,767 characters) is cut with an ellipsis instead of
 *       failing the whole export.</li>
 * </ul>
 * Not thread-safe: one instance per workbook.
 */
final class WorkbookCells {
    private static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    private final CellStyle[] text;
    private final CellStyle[] header;
    private final CellStyle[] title;
    private final CellStyle date;
    private final CellStyle year;
    private final CellStyle[] numbers;

    WorkbookCells(Workbook workbook) {
        DataFormat format = workbook.createDataFormat();
        Font boldFont = workbook.createFont();
        boldFont.setBold(true);
        Font titleFont = workbook.createFont();
        titleFont.setBold(true);
        titleFont.setFontHeightInPoints((short) 13);
        text = textStyles(workbook, null, false);
        header = textStyles(workbook, boldFont, true);
        title = textStyles(workbook, titleFont, false);
        date = workbook.createCellStyle();
        date.setDataFormat(format.getFormat("dd/mm/yyyy hh:mm"));
        year = workbook.createCellStyle();
        year.setDataFormat(format.getFormat("0"));
        String[] patterns = {"#,##0", "#,##0.0", "#,##0.00"};
        numbers = new CellStyle[patterns.length];
        for (int d = 0; d < numbers.length; d++) {
            numbers[d] = workbook.createCellStyle();
            numbers[d].setDataFormat(format.getFormat(patterns[d]));
        }
    }

    /** A style and its quote-prefixed twin (index 1) for formula-like text. */
    private static CellStyle[] textStyles(Workbook workbook, Font font, boolean shaded) {
        CellStyle[] styles = new CellStyle[2];
        for (int i = 0; i < 2; i++) {
            styles[i] = workbook.createCellStyle();
            if (font != null) {
                styles[i].setFont(font);
            }
            if (shaded) {
                styles[i].setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
                styles[i].setFillPattern(FillPatternType.SOLID_FOREGROUND);
            }
            styles[i].setQuotePrefixed(i == 1);
        }
        return styles;
    }

    /** A text cell; null writes nothing. */
    void text(Row row, int column, String value) {
        write(row, column, value, text);
    }

    /** A bold text cell on a grey background (a column header). */
    void header(Row row, int column, String value) {
        write(row, column, value, header);
    }

    /** A larger bold text cell (a sheet or block title). */
    void title(Row row, int column, String value) {
        write(row, column, value, title);
    }

    private void write(Row row, int column, String value, CellStyle[] styles) {
        if (value == null) {
            return;
        }
        String v = value.length() > MAX_TEXT ? value.substring(0, MAX_TEXT - 1) + "…" : value;
        Cell cell = row.createCell(column);
        cell.setCellValue(v);
        cell.setCellStyle(styles[FormulaGuard.looksLikeFormula(v) ? 1 : 0]);
    }

    /** A numeric cell with the exact value; null (missing, secret) or non-finite writes nothing. */
    void number(Row row, int column, Number value) {
        if (value == null || !Double.isFinite(value.doubleValue())) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(numbers[FrenchNumbers.decimals(value.doubleValue(), null)]);
    }

    /** A table cell: Number, text, or null (nothing). */
    void value(Row row, int column, Object value) {
        if (value instanceof Number n) {
            number(row, column, n);
        } else if (value != null) {
            text(row, column, value.toString());
        }
    }

    /** A year as a plain integer cell (no thousands separator); null writes nothing. */
    void year(Row row, int column, Integer value) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(year);
        }
    }

    void date(Row row, int column, LocalDateTime value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(date);
    }
}
