package fr.oasis.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A CSV that French spreadsheets open as is: UTF-8 with a byte-order mark, semicolons, CRLF,
 * decimal commas, every text quoted, and texts that a spreadsheet would take for a formula
 * (starting with = + - @, a tab or a carriage return) neutralised with a leading apostrophe:
 * territory names and labels are data, and an export must not run anything when opened.
 * Numbers keep every digit ({@code String.valueOf}), so a file read back gives the same values.
 * Not thread-safe: one instance per file.
 */
public final class FrenchCsv {
    private final StringBuilder text = new StringBuilder("\uFEFF");

    /**
     * Appends one line. Cells: null (empty), a {@link Number} (decimal comma), a {@link Boolean}
     * ("oui"/"non"), anything else as quoted text.
     */
    public FrenchCsv row(List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                text.append(';');
            }
            text.append(cell(cells.get(i)));
        }
        text.append("\r\n");
        return this;
    }

    public FrenchCsv row(Object... cells) {
        return row(java.util.Arrays.asList(cells));
    }

    public byte[] toBytes() {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** One cell as written in the file. */
    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Boolean b) {
            return b ? "oui" : "non";
        }
        if (value instanceof Number n) {
            return String.valueOf(n).replace('.', ',');
        }
        return text(value.toString());
    }

    /** A quoted text, neutralised when a spreadsheet would read it as a formula. */
    public static String text(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return '"' + v.replace("\"", "\"\"") + '"';
    }
}
