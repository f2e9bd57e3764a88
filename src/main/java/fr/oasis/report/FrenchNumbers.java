package fr.oasis.report;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * The one number formatter of the reports (page, PDF, chart images, summary sentences, map
 * exports): decimal comma, no-break space between groups of three ("12 345,6"), a dash for a
 * missing or secret value, never 0. Exports (XLSX, CSV) keep the full value; this is display only.
 * <p>
 * <b>Decimals.</b> With a unit, as many as the unit deserves and always that many, so that a
 * column lines up: one for "%", "%/an", "‰", "pts"; none for counts ("hab.", "€", "communes",
 * "professionnels"...); "min" one below 100. Without a unit (axis ticks, table cells, and any
 * other unit), by magnitude: none from 100 on, one from 10 on, two below, trailing zeros dropped
 * when there is no unit (a tick of 7 is "7", of 0,25 is "0,25"). Half-up rounding; "-0,0" reads "0,0".
 * <p>
 * Thread-safe (a new format per call).
 */
public final class FrenchNumbers {
    /** What a missing or secret value shows. */
    public static final String MISSING = "—";
    /** No-break space between groups of thousands and before a unit, so a number never wraps. */
    static final char SPACE = '\u00a0';

    private FrenchNumbers() {
    }

    /** The number alone by magnitude (no unit): ticks, table cells. */
    public static String format(Number value) {
        return value == null ? MISSING : format(value.doubleValue(), null);
    }

    /** The number alone, {@link #MISSING} when missing or not finite. */
    public static String format(Double value, String unit) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            return MISSING;
        }
        boolean free = unit == null || unit.isBlank();
        String text = pattern(decimals(value, unit), free).format(value);
        // "-0" or "-0,0" after rounding a tiny negative value reads as a sign error.
        return text.startsWith("-") && isZero(text.substring(1)) ? text.substring(1) : text;
    }

    /** Units that name what a figure is, not what it counts: never written after the number ("4,23", not "4,23 indice"). */
    static final java.util.Set<String> DIMENSIONLESS = java.util.Set.of("indice");

    /** The number and its unit ("14,2 %", "1 234 hab."), {@link #MISSING} when missing. */
    public static String withUnit(Double value, String unit) {
        String number = format(value, unit);
        return number.equals(MISSING) || unit == null || unit.isBlank() || DIMENSIONLESS.contains(unit) ? number
                : number + SPACE + unit;
    }

    /** A signed difference ("+2,3", "-0,41"), {@link #MISSING} when missing. */
    public static String signed(Double value, String unit) {
        String text = format(value, unit);
        return text.equals(MISSING) || text.startsWith("-") || isZero(text) ? text : "+" + text;
    }

    /** The decimals shown for {@code value} in {@code unit} (the rule in the class comment); the workbook follows it. */
    public static int decimals(double value, String unit) {
        String u = unit == null ? "" : unit;
        double magnitude = Math.abs(value);
        return switch (u) {
            case "%", "%/an", "‰", "pts" -> 1;
            case "hab.", "€", "ménages", "communes", "professionnels", "pers." -> 0;
            case "min" -> magnitude >= 100 ? 0 : 1;
            default -> magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : 2;
        };
    }

    private static boolean isZero(String text) {
        return text.matches("0(,0*)?");
    }

    private static DecimalFormat pattern(int decimals, boolean dropTrailingZeros) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.FRANCE);
        symbols.setDecimalSeparator(',');
        symbols.setGroupingSeparator(SPACE);
        symbols.setMinusSign('-');
        String fraction = decimals == 0 ? "" : "." + (dropTrailingZeros ? "#" : "0").repeat(decimals);
        DecimalFormat format = new DecimalFormat("#,##0" + fraction, symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }
}
