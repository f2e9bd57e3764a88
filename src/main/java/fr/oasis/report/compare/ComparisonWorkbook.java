package fr.oasis.report.compare;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A comparison as an XLSX workbook: one sheet holding {@link ComparisonTable}, numbers as numeric
 * cells (so they can be computed with), missing figures as empty cells, the header in bold and
 * frozen with the indicator columns, the ranking note two lines under the table. Stateless.
 */
final class ComparisonWorkbook {
    private static final int LABEL_COLUMNS = 4;

    private ComparisonWorkbook() {
    }

    static byte[] write(ComparisonTable table) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Comparaison");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            bold.setWrapText(true);
            Row header = sheet.createRow(0);
            for (int c = 0; c < table.header().size(); c++) {
                org.apache.poi.ss.usermodel.Cell cell = header.createCell(c);
                cell.setCellValue(table.header().get(c));
                cell.setCellStyle(bold);
                sheet.setColumnWidth(c, (c == 1 ? 45 : c == 3 ? 28 : 16) * 256);
            }
            for (int r = 0; r < table.rows().size(); r++) {
                write(sheet.createRow(r + 1), table.rows().get(r));
            }
            sheet.createRow(table.rows().size() + 2).createCell(0).setCellValue(table.note());
            sheet.createFreezePane(LABEL_COLUMNS, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the comparison workbook", e);
        }
    }

    private static void write(Row row, List<Object> cells) {
        for (int c = 0; c < cells.size(); c++) {
            Object value = cells.get(c);
            if (value instanceof Number n) {
                row.createCell(c).setCellValue(n.doubleValue());
            } else if (value != null) {
                row.createCell(c).setCellValue(value.toString());
            }
        }
    }
}
