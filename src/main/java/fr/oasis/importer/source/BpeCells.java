package fr.oasis.importer.source;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The INSEE BPE per-commune and per-IRIS tables as both BPE readers see them (practitioners and
 * care structures): the columns, the sniff, the count and the vintage ({@code AN}, else a
 * {@code bpe2018}/{@code bpe18} file name). Each check records an error naming line and column and
 * returns null to drop the line. Stateless.
 */
final class BpeCells {
    static final String DEPCOM = "DEPCOM";
    static final String TYPEQU = "TYPEQU";
    static final String COUNT = "NB_EQUIP";
    static final String YEAR = "AN";
    static final String IRIS = "DCIRIS";
    private static final Pattern NAME_YEAR = Pattern.compile("(?i)bpe_?((?:20)?\\d{2})(?!\\d)");

    private BpeCells() {
    }

    /** A {@code .csv} whose header holds DEPCOM, TYPEQU and NB_EQUIP. */
    static boolean looksLikeBpe(Path file) {
        if (!SourceFiles.hasExtension(file, "csv")) {
            return false;
        }
        List<String> columns = List.of(SourceFiles.firstLine(file).replace("\"", "").split(";"));
        return columns.containsAll(List.of(DEPCOM, TYPEQU, COUNT));
    }

    /** The line's count, or null after an error when blank (missing is not zero), not a whole number or outside 0-max. */
    static Long count(CsvTable.Row row, Problems problems, long max) {
        if (row.raw(COUNT).isBlank()) {
            problems.error(row.location(), COUNT, "empty count (a missing count is not zero)");
            return null;
        }
        Long n = PractitionerCells.optionalInteger(row, COUNT, problems);
        if (n != null && (n < 0 || n > max)) {
            problems.error(row.location(), COUNT, "count " + n + " outside 0-" + max);
            return null;
        }
        return n;
    }

    /** The line's AN, checked against the year seen so far; returns the year to keep. */
    static Integer year(CsvTable.Row row, Integer seen, Problems problems) {
        Long an = PractitionerCells.optionalInteger(row, YEAR, problems);
        if (an == null) {
            return seen;
        }
        if (an < 1990 || an > 2100) {
            problems.error(row.location(), YEAR, "not a plausible year: " + an);
            return seen;
        }
        if (seen != null && seen != an.intValue()) {
            problems.error(row.location(), YEAR, "year " + an + " differs from " + seen
                    + " on earlier lines; one file must hold one BPE vintage");
            return seen;
        }
        return an.intValue();
    }

    /** The year of a {@code bpe2018} / {@code bpe18} file name, or null. */
    static Integer nameYear(Path file) {
        Integer y = PractitionerCells.yearInName(file, NAME_YEAR);
        if (y == null) {
            return null;
        }
        return y >= 100 ? y : 2000 + y; // "bpe18" is 2018
    }
}
