package fr.oasis.export;

/**
 * Spreadsheets run a cell that starts with {@code = + - @} as a formula (and strip a leading tab
 * or carriage return first), even when the file says it is text: {@code =cmd|' /C calc'!A0} in
 * a territory or source name would become a command. Names and labels come from imported files,
 * so every export checks them here. Stateless.
 */
public final class FormulaGuard {
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private FormulaGuard() {
    }

    /** True when a spreadsheet would read {@code text} as a formula. */
    public static boolean looksLikeFormula(String text) {
        return text != null && !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0;
    }

    /** The text with a leading apostrophe when it looks like a formula (spreadsheets show it as text). */
    public static String neutralise(String text) {
        return looksLikeFormula(text) ? "'" + text : text;
    }
}
