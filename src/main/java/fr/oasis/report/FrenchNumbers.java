package fr.oasis.report;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Numbers as a French reader expects them: decimal comma, thin groups of three ("12 345,6"),
 * with as many decimals as the unit deserves. Used by the page and the summary sentences so that
 * both print the same figure the same way. Thread-safe (a new format per call).
 */
public final class FrenchNumbers {
    /** No-break space between groups of thousands, so a number never wraps. */
    private static final char GROUP = '\u00a0';

    private FrenchNumbers() {
    }

    /** The number alone, "—" when missing. */
    public static String format(Double value, String unit) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            return "—";
        }
        return pattern(decimals(value, unit)).format(value);
    }

    /** The number and its unit ("14,2 %", "1 234 hab."), "—" when missing. */
    public static String withUnit(Double value, String unit) {
        String number = format(value, unit);
        return number.equals("—") || unit == null || unit.isBlank() ? number : number + GROUP + unit;
    }

    static int decimals(double value, String unit) {
        String u = unit == null ? "" : unit;
        double magnitude = Math.abs(value);
        return switch (u) {
            case "%", "%/an", "‰" -> 1;
            case "hab.", "€", "ménages", "communes", "professionnels" -> 0;
            case "min" -> magnitude >= 100 ? 0 : 1;
            default -> magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : 2;
        };
    }

    private static DecimalFormat pattern(int decimals) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.FRANCE);
        symbols.setDecimalSeparator(',');
        symbols.setGroupingSeparator(GROUP);
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals), symbols);
        format.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return format;
    }
}
