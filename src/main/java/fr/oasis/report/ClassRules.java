package fr.oasis.report;

import fr.oasis.indicator.PriorityZones;
import fr.oasis.structure.StructureIndicators;
import fr.oasis.structure.StructureType;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one definition of how a map classes each indicator, read by the exported maps
 * ({@link MapClasses}) and by the map page, which imports it as the module
 * {@code static/js/map/class-rules.js} generated from this class (a test keeps the file equal to
 * it, {@code ClassRulesScriptTest}): the fixed reference thresholds of the
 * "Seuils fixes" method (inner thresholds, ascending, in the indicator's unit), whether a high
 * value is good (drawn light), and whether the classes are categories drawn as such whatever the
 * method (the indicative priority zones). The APL has no fixed list: DREES readings 2.5 and 4 for
 * general practitioners, else fractions of the population-weighted mean of the level shown.
 * The reasons behind each threshold are written beside the indicators in
 * {@code static/js/map/indicators.js}. Immutable, thread-safe.
 */
final class ClassRules {
    /** APL thresholds for general practitioners, consultations per year per standardised inhabitant. */
    static final double[] GP_APL = {AccessibilitySection.GP_UNDER_SERVED, AccessibilitySection.GP_WELL_SERVED};
    /** APL thresholds of the other professions, as fractions of the population-weighted mean (2 significant digits). */
    static final double[] APL_MEAN_FRACTIONS = {0.5, 0.8, 1.2};
    /** An indicator without a rule: no fixed thresholds, a high value drawn light. */
    static final Rule NONE = new Rule(new double[0], true, false);
    private static final Map<String, Rule> RULES = rules();

    /**
     * @param thresholds     fixed inner thresholds, ascending (empty: none)
     * @param higherIsBetter a high value is favourable, drawn light; otherwise the ramp is reversed
     * @param categorical    classes always drawn with the fixed thresholds, whatever the method
     */
    record Rule(double[] thresholds, boolean higherIsBetter, boolean categorical) {
        public double[] thresholds() {
            return thresholds.clone();
        }
    }

    private ClassRules() {
    }

    /** The rule of an indicator id; {@link #NONE} for one without ({@code apl}, imported indicators). */
    static Rule of(String indicator) {
        return RULES.getOrDefault(indicator, indicator.equals("apl") ? new Rule(new double[0], true, false) : NONE);
    }

    /** Every indicator with a rule, in a stable order. */
    static Map<String, Rule> all() {
        return RULES;
    }

    private static Map<String, Rule> rules() {
        Map<String, Rule> r = new LinkedHashMap<>();
        r.put("nearest", worse(5, 10, 15, 20, 30));
        for (int minutes : new int[] {10, 20, 30}) {
            r.put("beyond" + minutes, worse(1, 100, 500, 2000));
            r.put("beyond" + minutes + "aged75", worse(1, 20, 100, 500));
        }
        r.put("density", better(20, 50, 100, 500));
        r.put("share75", worse(8, 10, 12, 15));
        r.put("share60", worse(20, 25, 30, 35));
        r.put("income", better(18000, 20000, 22000, 24000));
        r.put("fedi", worse(-2, 0, 2, 4));
        r.put("gpdensitytvs", better(4, 6, 8, 10));
        r.put("singleparent", worse(10, 15, 20, 25));
        // Classes 0 (none), 1 (complementary action) and 2 (priority intervention): see PriorityZones.
        r.put(PriorityZones.ID, new Rule(new double[] {1, 2}, false, true));
        for (StructureType type : StructureType.values()) {
            r.put(StructureIndicators.TIME + type.key(), worse(10, 20, 30, 45));
        }
        return java.util.Collections.unmodifiableMap(r);
    }

    private static Rule worse(double... thresholds) {
        return new Rule(thresholds, false, false);
    }

    private static Rule better(double... thresholds) {
        return new Rule(thresholds, true, false);
    }
}
