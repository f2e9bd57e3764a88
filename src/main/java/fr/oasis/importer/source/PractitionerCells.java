package fr.oasis.importer.source;

import fr.oasis.tabular.TableFileException;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cell checks shared by the practitioner readers: commune codes, numbers, positions, the vintage
 * in a file name. Each check records an error naming line and column and returns a value telling
 * the caller to drop the line. Stateless.
 */
final class PractitionerCells {
    /**
     * An INSEE commune code: five digits, or Corsica's 2A/2B and three digits. Overseas
     * départements (971xx...) are five digits too. Municipal arrondissements (75101...) pass: the
     * BPE uses them for Paris, Lyon and Marseille.
     */
    static final Pattern COMMUNE = Pattern.compile("\\d{5}|2[AB]\\d{3}");
    private PractitionerCells() {
    }

    /** The commune code in {@code column}, or null after an error if it is blank or malformed. */
    static String communeCode(CsvTable.Row row, String column, Problems problems) {
        String code = row.required(column);
        if (code != null && !COMMUNE.matcher(code).matches()) {
            problems.error(row.location(), column,
                    "not an INSEE commune code (5 characters such as 55029 or 2A004): '" + printable(code) + "'");
            return null;
        }
        return code;
    }

    /**
     * The number in {@code column} (decimal comma or dot, optional sign: the sign is checked by the
     * caller, with a clearer message), null if blank, NaN after an error if it is not a number.
     */
    static Double optionalNumber(CsvTable.Row row, String column, Problems problems) {
        Double value = row.number(column);
        return value == null && !row.raw(column).isBlank() ? Double.valueOf(Double.NaN) : value;
    }

    /** The whole number in {@code column}, null if blank, or null after an error if it is not one. */
    static Long optionalInteger(CsvTable.Row row, String column, Problems problems) {
        return row.wholeNumber(column);
    }

    /** The first group of {@code pattern} in the file name as a year, or null. */
    static Integer yearInName(Path file, Pattern pattern) {
        Matcher m = pattern.matcher(SourceFiles.name(file));
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /** A value as it may appear in a message: cut to 40 characters, control characters as '?'. */
    static String printable(String raw) {
        return TableFileException.shown(raw);
    }
}
