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
    /**
     * Boxes (min lon, min lat, max lon, max lat; WGS84 degrees) around metropolitan France with
     * Corsica and the five overseas départements. Generous by a few kilometres: the point is to
     * catch swapped or projected coordinates (Lambert-93 metres, lat/lon order), not to draw the
     * border.
     */
    private static final double[][] FRANCE = {
            {-5.3, 41.3, 9.7, 51.2},    // metropolitan France and Corsica
            {-61.9, 15.8, -60.9, 16.6}, // Guadeloupe
            {-61.3, 14.3, -60.7, 14.9}, // Martinique
            {-54.7, 2.1, -51.5, 5.9},   // Guyane
            {55.1, -21.5, 55.9, -20.8}, // La Réunion
            {44.9, -13.1, 45.4, -12.5}, // Mayotte
    };

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

    /** True if the WGS84 point lies in metropolitan or overseas France (see {@link #FRANCE}). */
    static boolean inFrance(double lon, double lat) {
        for (double[] box : FRANCE) {
            if (lon >= box[0] && lat >= box[1] && lon <= box[2] && lat <= box[3]) {
                return true;
            }
        }
        return false;
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
