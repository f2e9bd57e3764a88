package fr.oasis.report;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * Numbers as a French reader expects them in the printed report and the chart images: decimal
 * comma, (narrow) no-break space between thousands, and a dash for a missing or secret value,
 * never 0.
 * <p>
 * Decimals: none for whole numbers and values of 1,000 or more, one from 10 on, two below (an
 * APL of 2.87 keeps its second digit, a share of 12.34 % shows 12,3 %). Exports (XLSX, CSV) keep
 * the full value; this is display only. Thread-safe (formats are created per call).
 */
final class ReportNumbers {
    /** What a missing or secret value shows. */
    static final String MISSING = "—";

    private ReportNumbers() {
    }

    /** The number alone; {@link #MISSING} for null or a non-finite value. */
    static String format(Number value) {
        if (value == null || !Double.isFinite(value.doubleValue())) {
            return MISSING;
        }
        double v = value.doubleValue();
        NumberFormat format = NumberFormat.getNumberInstance(Locale.FRANCE);
        format.setMaximumFractionDigits(decimals(v));
        format.setMinimumFractionDigits(0);
        String text = format.format(v);
        // "-0" after rounding a tiny negative value reads as a sign error.
        return text.equals("-0") ? "0" : text;
    }

    /** Decimals shown for {@code v} (the rule in the class comment); the workbook's formats follow it too. */
    static int decimals(double v) {
        double abs = Math.abs(v);
        return v == Math.rint(v) || abs >= 1000 ? 0 : abs >= 10 ? 1 : 2;
    }
}
