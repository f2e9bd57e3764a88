package fr.oasis.tabular;

/**
 * The one number grammar of the delimited files, parsed straight from their bytes. A decimal is
 * an optional sign, digits with at most one decimal separator (a point or a comma, digits on at
 * least one side of it), then an optional exponent: {@code 48.6921}, {@code -0,5}, {@code 4500},
 * {@code .5}, {@code 1.2e-3}. Nothing else: no spaces inside, no thousands separator, no
 * {@code NaN} or {@code Infinity}. A whole number is an optional sign and 1 to 18 digits.
 * <p>
 * Exact: the value is the double nearest to the decimal, as {@link Double#parseDouble} gives.
 * The plain decimals that fill real files (at most 15 significant digits, no exponent) take a fast
 * path without any object: a mantissa of at most 15 digits and a power of ten up to 10²² are both
 * exact doubles, so their quotient is correctly rounded (Clinger's fast path); the others go
 * through {@link Double#parseDouble}. Stateless and thread-safe.
 */
public final class Decimals {

    /** Returned by {@link #wholeNumber} for text that is not a whole number. */
    public static final long NOT_WHOLE = Long.MIN_VALUE;

    private static final double[] POWERS_OF_TEN = new double[23];

    static {
        POWERS_OF_TEN[0] = 1;
        for (int k = 1; k < POWERS_OF_TEN.length; k++) {
            POWERS_OF_TEN[k] = POWERS_OF_TEN[k - 1] * 10;
        }
    }

    private Decimals() {
    }

    /**
     * The decimal in {@code bytes[from, to)} (ASCII), or NaN when the text does not follow the
     * grammar. A decimal too large for a double gives an infinity (not finite: see {@link #problem}).
     */
    public static double parse(byte[] bytes, int from, int to) {
        int p = from;
        boolean negative = p < to && bytes[p] == '-';
        p += p < to && (bytes[p] == '-' || bytes[p] == '+') ? 1 : 0;
        long mantissa = 0;
        int digits = 0;
        int decimals = -1;
        for (; p < to; p++) {
            byte c = bytes[p];
            if (c >= '0' && c <= '9') {
                mantissa = mantissa * 10 + (c - '0');
                digits++;
                decimals += decimals >= 0 ? 1 : 0;
            } else if ((c == '.' || c == ',') && decimals < 0) {
                decimals = 0;
            } else {
                break;
            }
        }
        if (digits == 0) {
            return Double.NaN;
        }
        if (p == to && digits <= 15) {
            double value = decimals > 0 ? mantissa / POWERS_OF_TEN[decimals] : mantissa;
            return negative ? -value : value;
        }
        if (p < to && !exponent(bytes, p, to)) {
            return Double.NaN;
        }
        char[] text = new char[to - from];
        for (int k = from; k < to; k++) {
            text[k - from] = bytes[k] == ',' ? '.' : (char) bytes[k];
        }
        return Double.parseDouble(new String(text));
    }

    /** The decimal in {@code text}, or NaN: the same grammar for values that are already strings. */
    public static double parse(String text) {
        byte[] bytes = new byte[text.length()];
        for (int k = 0; k < bytes.length; k++) {
            char c = text.charAt(k);
            bytes[k] = c < 128 ? (byte) c : (byte) '?';
        }
        return parse(bytes, 0, bytes.length);
    }

    /** The whole number in {@code bytes[from, to)}: optional sign, 1 to 18 digits; else {@link #NOT_WHOLE}. */
    public static long wholeNumber(byte[] bytes, int from, int to) {
        int p = from;
        boolean negative = p < to && bytes[p] == '-';
        p += p < to && (bytes[p] == '-' || bytes[p] == '+') ? 1 : 0;
        if (p == to || to - p > 18) {
            return NOT_WHOLE;
        }
        long value = 0;
        for (; p < to; p++) {
            int d = bytes[p] - '0';
            if (d < 0 || d > 9) {
                return NOT_WHOLE;
            }
            value = value * 10 + d;
        }
        return negative ? -value : value;
    }

    /** The decimal separator of a number that {@link #parse} accepted: {@code '.'}, {@code ','}, or 0 when none. */
    public static char separator(byte[] bytes, int from, int to) {
        for (int p = from; p < to; p++) {
            if (bytes[p] == '.' || bytes[p] == ',') {
                return (char) bytes[p];
            }
            if (bytes[p] == 'e' || bytes[p] == 'E') {
                return 0;
            }
        }
        return 0;
    }

    /** Why {@code text} is refused as a decimal: "not a number: '…'", or "not a finite number" for NaN, infinities and overflows. */
    public static String problem(String text) {
        String bare = text.strip().toLowerCase(java.util.Locale.ROOT).replaceFirst("^[-+]", "");
        boolean infinite = bare.equals("nan") || bare.startsWith("inf") || Double.isInfinite(parse(text.strip()));
        return (infinite ? "not a finite number: '" : "not a number: '") + TableFileException.shown(text.strip()) + "'";
    }

    /** {@code e} or {@code E}, an optional sign and at least one digit, up to {@code to}. */
    private static boolean exponent(byte[] bytes, int p, int to) {
        if (bytes[p] != 'e' && bytes[p] != 'E') {
            return false;
        }
        p++;
        p += p < to && (bytes[p] == '-' || bytes[p] == '+') ? 1 : 0;
        if (p == to) {
            return false;
        }
        for (; p < to; p++) {
            if (bytes[p] < '0' || bytes[p] > '9') {
                return false;
            }
        }
        return true;
    }
}
