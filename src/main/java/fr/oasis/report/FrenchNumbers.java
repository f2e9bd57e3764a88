package fr.oasis.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The one number formatter of the reports (page, PDF, chart images, summary sentences, map
 * exports): decimal comma, no-break space between groups of three ("12 345,6"), a dash for a
 * missing or secret value, never 0. Exports (XLSX, CSV) keep the full value; this is display only.
 * <p>
 * <b>Decimals.</b> With a unit, as many as the unit deserves and always that many, so that a
 * column lines up: one for "%", "%/an", "‰", "pts"; none for counts ("hab.", "€", "communes",
 * "professionnels"...); "min" one below 100. Without a unit (axis ticks, table cells, and any
 * other unit), by magnitude: none from 100 on, one from 10 on, two below, trailing zeros dropped
 * when there is no unit (a tick of 7 is "7", of 0,25 is "0,25"). Half-up rounding of the decimal the
 * value reads as (0.015 shows 0,02, 9.995 shows 10,0: what a reader of the data expects and what
 * the browser's {@code Intl} does); "-0,0" reads "0,0".
 * <p>
 * The rule is data ({@link #DECIMALS_BY_UNIT}, {@link #DECIMALS_BY_MAGNITUDE}, the separators, the
 * rounding): pages that format in the browser import it as {@code static/js/french-number-rules.js},
 * generated from these fields and kept equal by {@code FrenchNumbersScriptTest}.
 * <p>
 * Thread-safe (a new format per call).
 */
public final class FrenchNumbers {
    /** What a missing or secret value shows. */
    public static final String MISSING = "—";
    /** No-break space between groups of thousands and before a unit, so a number never wraps. */
    static final char SPACE = '\u00a0';
    /** Between the integer part and the decimals. */
    static final char DECIMAL_SEPARATOR = ',';
    /** The sign of a negative number (a hyphen-minus, not U+2212, so copied figures paste as numbers). */
    static final char MINUS = '-';
    /** Half away from zero: 0,125 shows 0,13 and -0,125 shows -0,13 (of the value's shortest decimal). */
    static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

    /**
     * From a magnitude on (the first step whose {@code from} it reaches, largest first), that many
     * decimals.
     */
    record Step(double from, int decimals) {
    }

    /** Decimals by magnitude: for no unit and any unit not listed in {@link #DECIMALS_BY_UNIT} (APL units...). */
    static final List<Step> DECIMALS_BY_MAGNITUDE = List.of(new Step(100, 0), new Step(10, 1), new Step(0, 2));

    /** The units whose decimals differ from {@link #DECIMALS_BY_MAGNITUDE}, in a stable order. */
    static final Map<String, List<Step>> DECIMALS_BY_UNIT = byUnit();

    private static Map<String, List<Step>> byUnit() {
        Map<String, List<Step>> units = new LinkedHashMap<>();
        for (String share : List.of("%", "%/an", "‰", "pts")) {
            units.put(share, List.of(new Step(0, 1)));
        }
        for (String count : List.of("hab.", "€", "ménages", "communes", "professionnels", "pers.")) {
            units.put(count, List.of(new Step(0, 0)));
        }
        units.put("min", List.of(new Step(100, 0), new Step(0, 1)));
        return Collections.unmodifiableMap(units);
    }

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
        // Rounded as the decimal the value reads as (0.015 shows 0,02, as in the browser's Intl), not as
        // the binary fraction just below it that DecimalFormat would round down.
        String text = pattern(decimals(value, unit), free).format(new BigDecimal(Double.toString(value)));
        // "-0" or "-0,0" after rounding a tiny negative value reads as a sign error.
        return text.startsWith("-") && isZero(text.substring(1)) ? text.substring(1) : text;
    }

    /** Units that name what a figure is, not what it counts: never written after the number ("4,23", not "4,23 indice"). */
    static final Set<String> DIMENSIONLESS = Set.of("indice");

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
        double magnitude = Math.abs(value);
        List<Step> steps = DECIMALS_BY_UNIT.getOrDefault(unit == null ? "" : unit, DECIMALS_BY_MAGNITUDE);
        for (Step step : steps) {
            if (magnitude >= step.from()) {
                return step.decimals();
            }
        }
        return steps.get(steps.size() - 1).decimals(); // NaN: not shown anyway
    }

    private static boolean isZero(String text) {
        return text.matches("0(,0*)?");
    }

    private static DecimalFormat pattern(int decimals, boolean dropTrailingZeros) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.FRANCE);
        symbols.setDecimalSeparator(DECIMAL_SEPARATOR);
        symbols.setGroupingSeparator(SPACE);
        symbols.setMinusSign(MINUS);
        String fraction = decimals == 0 ? "" : "." + (dropTrailingZeros ? "#" : "0").repeat(decimals);
        DecimalFormat format = new DecimalFormat("#,##0" + fraction, symbols);
        format.setRoundingMode(ROUNDING);
        return format;
    }
}
