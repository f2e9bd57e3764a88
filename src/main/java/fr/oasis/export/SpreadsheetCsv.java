package fr.oasis.export;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * Writes a CSV that French spreadsheets (Excel in a French locale, LibreOffice) open as is:
 * UTF-8 with a byte-order mark (else Excel reads it as Windows-1252), semicolons (the comma is
 * the decimal separator), CRLF line ends, decimal commas, every text quoted.
 * <p>
 * <b>Formula injection.</b> A text that a spreadsheet would run as a formula gets a leading
 * apostrophe ({@link FormulaGuard}). Numbers are written by {@link #number}, never through the
 * text path, so a negative number stays a number.
 * <p>
 * Numbers keep every digit the {@code double} has (shortest representation, no exponent, no
 * grouping): the file is for further computation, not for reading. A missing value is an empty
 * field, never 0.
 * <p>
 * Not thread-safe: one instance per file.
 */
public final class SpreadsheetCsv {
    private final StringBuilder out = new StringBuilder("\uFEFF");
    private boolean firstInRow = true;

    /** Appends a text field (quoted, neutralised); null is an empty quoted field. */
    public SpreadsheetCsv text(String value) {
        return field(quote(value));
    }

    /** Appends a number with a decimal comma; null (missing) is an empty field. */
    public SpreadsheetCsv number(Number value) {
        return field(decimal(value));
    }

    /** Appends a value of any type a table cell may hold: Number, Boolean ("oui"/"non"), text, or null. */
    public SpreadsheetCsv value(Object value) {
        if (value == null) {
            return field("");
        }
        if (value instanceof Number n) {
            return number(n);
        }
        if (value instanceof Boolean b) {
            return text(b ? "oui" : "non");
        }
        return text(String.valueOf(value));
    }

    /** Ends the current row. */
    public SpreadsheetCsv endRow() {
        out.append("\r\n");
        firstInRow = true;
        return this;
    }

    /** The file so far, UTF-8 with its byte-order mark. */
    public byte[] toBytes() {
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private SpreadsheetCsv field(String raw) {
        if (!firstInRow) {
            out.append(';');
        }
        out.append(raw);
        firstInRow = false;
        return this;
    }

    /** A quoted text field, with quotes doubled and a leading apostrophe if a spreadsheet would read a formula. */
    public static String quote(String value) {
        String v = value == null ? "" : FormulaGuard.neutralise(value);
        return '"' + v.replace("\"", "\"\"") + '"';
    }

    /**
     * A number as French spreadsheets read it: decimal comma, all significant digits, no
     * exponent ({@code 1.0E7} would be read as text). Null and non-finite values are empty.
     */
    public static String decimal(Number value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double || value instanceof Float) {
            if (!Double.isFinite(value.doubleValue())) {
                return "";
            }
            // Double/Float.toString give the shortest text that reads back as the same value.
            return new BigDecimal(value.toString()).stripTrailingZeros().toPlainString().replace('.', ',');
        }
        if (value instanceof BigDecimal b) {
            return b.toPlainString().replace('.', ',');
        }
        return value.toString().replace('.', ',');
    }
}
