package fr.oasis.report;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes {@link ClassRules} as the ES module the map page imports,
 * {@code static/js/map/class-rules.js} ({@code export const CLASS_RULES = {aplGp, aplMeanFractions,
 * indicators: {id: {thresholds, higherIsBetter, categorical}}}}), so that the page and the exported
 * maps class alike: the module is generated from the Java definition, never edited by hand, and
 * {@code ClassRulesScriptTest} fails while the committed file differs from {@link #script()}
 * ({@link GeneratedModule}: run it with {@code -Doasis.generated-modules.write=true} to rewrite the
 * file). Stateless.
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
                + "export const CLASS_RULES = {\n  aplGp: " + GeneratedModule.numbers(ClassRules.GP_APL)
                + ",\n  aplMeanFractions: " + GeneratedModule.numbers(ClassRules.APL_MEAN_FRACTIONS)
                + ",\n  indicators: {\n    " + indicators + ",\n  },\n};\n";
    }

    private static String rule(Map.Entry<String, ClassRules.Rule> e) {
        ClassRules.Rule r = e.getValue();
        return e.getKey() + ": { thresholds: " + GeneratedModule.numbers(r.thresholds()) + ", higherIsBetter: "
                + r.higherIsBetter() + ", categorical: " + r.categorical() + " }";
    }
}
