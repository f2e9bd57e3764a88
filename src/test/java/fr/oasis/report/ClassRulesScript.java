package fr.oasis.report;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes {@link ClassRules} as the ES module the map page imports,
 * {@code static/js/map/class-rules.js} ({@code export const CLASS_RULES = {aplGp, aplMeanFractions,
 * indicators: {id: {thresholds, higherIsBetter, categorical}}}}), so that the page and the exported
 * maps class alike: the module is generated from the Java definition, never edited by hand, and
 * {@code ClassRulesScriptTest} fails while the committed file differs from {@link #script()}
 * (run it with {@code -Doasis.class-rules.write=true} to rewrite the file). Stateless.
 */
final class ClassRulesScript {
    /** Where the module lives in the sources. */
    static final String FILE = "src/main/resources/static/js/map/class-rules.js";

    private ClassRulesScript() {
    }

    static String script() {
        String indicators = ClassRules.all().entrySet().stream().map(ClassRulesScript::rule)
                .collect(Collectors.joining(",\n    "));
        return "// Generated from fr.oasis.report.ClassRules (ClassRulesScriptTest checks it), the one definition of the\n"
                + "// map classes, also used by the exported maps: do not edit, do not copy these numbers elsewhere.\n"
                + "export const CLASS_RULES = {\n  aplGp: " + numbers(ClassRules.GP_APL) + ",\n  aplMeanFractions: "
                + numbers(ClassRules.APL_MEAN_FRACTIONS) + ",\n  indicators: {\n    " + indicators + ",\n  },\n};\n";
    }

    private static String rule(Map.Entry<String, ClassRules.Rule> e) {
        ClassRules.Rule r = e.getValue();
        return e.getKey() + ": { thresholds: " + numbers(r.thresholds()) + ", higherIsBetter: " + r.higherIsBetter()
                + ", categorical: " + r.categorical() + " }";
    }

    /** A JavaScript array literal; whole numbers without a decimal point. */
    private static String numbers(double[] values) {
        return Arrays.stream(values).mapToObj(v -> v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v))
                .collect(Collectors.joining(", ", "[", "]"));
    }
}
