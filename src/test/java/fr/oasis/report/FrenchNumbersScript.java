package fr.oasis.report;

import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes the rule of {@link FrenchNumbers} (separators, missing value, rounding, decimals per unit
 * and by magnitude, dimensionless units) as the ES module {@code static/js/french-number-rules.js}
 * ({@code export const NUMBER_RULES = {...}}), which {@code french-numbers.js} formats with, so the
 * pages that format in the browser (scenarios) write every figure as the reports do. Generated,
 * never edited by hand: {@code FrenchNumbersScriptTest} fails while the committed file differs
 * ({@link GeneratedModule}). Stateless.
 */
final class FrenchNumbersScript {
    /** Where the module lives in the sources. */
    static final String FILE = "src/main/resources/static/js/french-number-rules.js";

    private FrenchNumbersScript() {
    }

    static String script() {
        String units = FrenchNumbers.DECIMALS_BY_UNIT.entrySet().stream()
                .map(e -> GeneratedModule.string(e.getKey()) + ": " + steps(e.getValue()))
                .collect(Collectors.joining(",\n    "));
        return "// Generated from fr.oasis.report.FrenchNumbers (FrenchNumbersScriptTest checks it), the one number rule of\n"
                + "// the reports, for the pages that format in the browser (french-numbers.js): do not edit.\n"
                + "// Decimals: the steps of the unit (or byMagnitude), [from, decimals], the first whose from the\n"
                + "// magnitude reaches.\n"
                + "export const NUMBER_RULES = {\n"
                + "  missing: " + GeneratedModule.string(FrenchNumbers.MISSING) + ",\n"
                + "  groupSeparator: " + GeneratedModule.string(String.valueOf(FrenchNumbers.SPACE)) + ",\n"
                + "  unitSeparator: " + GeneratedModule.string(String.valueOf(FrenchNumbers.SPACE)) + ",\n"
                + "  decimalSeparator: " + GeneratedModule.string(String.valueOf(FrenchNumbers.DECIMAL_SEPARATOR)) + ",\n"
                + "  minusSign: " + GeneratedModule.string(String.valueOf(FrenchNumbers.MINUS)) + ",\n"
                + "  rounding: " + GeneratedModule.string(intlRounding(FrenchNumbers.ROUNDING)) + ",\n"
                + "  dimensionless: " + FrenchNumbers.DIMENSIONLESS.stream().sorted().map(GeneratedModule::string)
                .collect(Collectors.joining(", ", "[", "]")) + ",\n"
                + "  byMagnitude: " + steps(FrenchNumbers.DECIMALS_BY_MAGNITUDE) + ",\n"
                + "  byUnit: {\n    " + units + ",\n  },\n};\n";
    }

    /** The {@code Intl.NumberFormat} {@code roundingMode} that rounds as {@code mode}. */
    static String intlRounding(RoundingMode mode) {
        return switch (mode) {
            case HALF_UP -> "halfExpand";
            case HALF_EVEN -> "halfEven";
            case HALF_DOWN -> "halfTrunc";
            case UP -> "expand";
            case DOWN -> "trunc";
            case CEILING -> "ceil";
            case FLOOR -> "floor";
            case UNNECESSARY -> throw new IllegalArgumentException("a display rounds");
        };
    }

    private static String steps(List<FrenchNumbers.Step> steps) {
        return steps.stream().map(s -> "[" + GeneratedModule.number(s.from()) + ", " + s.decimals() + "]")
                .collect(Collectors.joining(", ", "[", "]"));
    }
}
