package fr.oasis.importer.source;

import java.util.regex.Pattern;

/**
 * Reads an optional number written with a decimal comma (INSEE) or dot. A blank cell is missing
 * (statistical secrecy or not published) and gives null, never zero; anything else that is not a
 * number is an error naming the line and the column. Stateless.
 */
final class DecimalCell {
    private static final Pattern NUMBER = Pattern.compile("-?\\d+([.,]\\d+)?([eE][-+]?\\d+)?");

    private DecimalCell() {
    }

    /** The cell's number, or null when blank or (after recording an error) malformed. */
    static Double optional(CsvTable.Row row, String column, Problems problems) {
        String raw = row.raw(column).strip();
        if (raw.isEmpty()) {
            return null;
        }
        if (!NUMBER.matcher(raw).matches()) {
            String shown = raw.length() > 40 ? raw.substring(0, 40) + "…" : raw;
            problems.error(row.location(), column, "not a number: '" + shown.replaceAll("\\p{Cntrl}", "?") + "'");
            return null;
        }
        return Double.parseDouble(raw.replace(',', '.'));
    }
}
