package fr.oasis.tabular;

import java.util.Locale;

/**
 * Counts the decimal separators of one file's numbers, so that a number written with the other
 * separator than the rest of its file (a decimal comma among points, typically a hand-edited
 * line or two exports pasted together) is reported with its line and field instead of read
 * silently. Whole numbers do not count. The minority separator is the one reported (on a tie,
 * the one seen later), at its first occurrence. Not thread-safe: one per file.
 */
final class DecimalSeparators {
    private static final String[] NAMES = {"point", "comma"};

    private final long[] count = new long[2];
    private final long[] firstLine = new long[2];
    private final String[] firstField = new String[2];
    private final String[] firstText = new String[2];

    /** Records a number's separator ({@code '.'} or {@code ','}; 0 for none). */
    void add(char separator, long line, String field, DelimitedFile file, int index) {
        if (separator == 0) {
            return;
        }
        int k = separator == '.' ? 0 : 1;
        if (count[k]++ == 0) {
            firstLine[k] = line;
            firstField[k] = field;
            firstText[k] = file.text(index).strip();
        }
    }

    /** The located problem when both separators were seen, or null. */
    TableFileException mixed(String file) {
        if (count[0] == 0 || count[1] == 0) {
            return null;
        }
        int odd = count[0] != count[1] ? (count[0] < count[1] ? 0 : 1) : (firstLine[0] > firstLine[1] ? 0 : 1);
        int usual = 1 - odd;
        String message = String.format(Locale.ROOT, "decimal %s in '%s' while %d other decimal number(s) of this"
                        + " file use a %s: one file must use one decimal separator (%d number(s) with a %s, the first"
                        + " here; the first with a %s is on line %d)", NAMES[odd],
                TableFileException.shown(firstText[odd]), count[usual], NAMES[usual], count[odd], NAMES[odd],
                NAMES[usual], firstLine[usual]);
        return new TableFileException(file, firstLine[odd], firstField[odd], message, true);
    }
}
