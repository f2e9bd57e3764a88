package fr.oasis.accessibility.batch;

/**
 * Fast path for the plain decimals that fill CSV files ({@code 2.612345}, {@code 4500}, {@code -0.5}):
 * parsed straight from the bytes, no String. Exact: a mantissa of at most 15 digits and a power of
 * ten up to 10²² are both exact doubles, so their quotient is correctly rounded, i.e. the very
 * double {@link Double#parseDouble} returns (Clinger's fast path). Anything else (exponent,
 * spaces, more digits) returns NaN and the caller falls back to {@link Double#parseDouble}.
 */
final class Decimals {

    private static final double[] POWERS_OF_TEN = new double[23];

    static {
        POWERS_OF_TEN[0] = 1;
        for (int k = 1; k < POWERS_OF_TEN.length; k++) {
            POWERS_OF_TEN[k] = POWERS_OF_TEN[k - 1] * 10;
        }
    }

    private Decimals() {
    }

    /** {@code [-]digits[.digits]} in {@code bytes[from, to)}, or NaN when not that simple. */
    static double parseSimple(byte[] bytes, int from, int to) {
        int p = from;
        boolean negative = p < to && bytes[p] == '-';
        p += negative ? 1 : 0;
        long mantissa = 0;
        int digits = 0;
        int decimals = -1;
        for (; p < to; p++) {
            byte c = bytes[p];
            if (c >= '0' && c <= '9') {
                mantissa = mantissa * 10 + (c - '0');
                digits++;
                decimals += decimals >= 0 ? 1 : 0;
            } else if (c == '.' && decimals < 0) {
                decimals = 0;
            } else {
                return Double.NaN;
            }
        }
        if (digits == 0 || digits > 15) {
            return Double.NaN;
        }
        double value = decimals > 0 ? mantissa / POWERS_OF_TEN[decimals] : mantissa;
        return negative ? -value : value;
    }
}
