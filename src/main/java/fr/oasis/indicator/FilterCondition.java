package fr.oasis.indicator;

import fr.oasis.practitioner.Profession;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One condition of a multi-criteria filter, parsed from its compact form (URL-friendly, so that a
 * filtered map can be shared):
 * <ul>
 *   <li>{@code <indicator>[.<PROFESSION>[.<variant>]]<op><number>}, op one of {@code < <= > >=}:
 *       {@code apl.MG.under-65<2.5}, {@code share75>12}, {@code density<50}, {@code nearest.MG>20};</li>
 *   <li>{@code near.<P1>+<P2>.<and|or>.<km>}: the commune's reference point lies within km of a
 *       practitioner of every (and) or any (or) listed profession, e.g. {@code near.CD+INF.or.1}.</li>
 * </ul>
 * Immutable.
 */
record FilterCondition(String expression, String indicator, String profession, String variant, String operator,
                       double threshold, List<Profession> nearProfessions, boolean nearAll, double nearKm) {
    private static final Pattern COMPARISON = Pattern.compile(
            "([a-z0-9]+)(?:\\.([A-Za-z]+))?(?:\\.([a-z0-9-]+))?(<=|>=|<|>)(-?[0-9]+(?:[.,][0-9]+)?)");
    private static final Pattern NEAR = Pattern.compile("near\\.([A-Za-z+]+)\\.(and|or)\\.([0-9]+(?:[.,][0-9]+)?)");
    static final int MAX_LENGTH = 100;

    static FilterCondition parse(String expression) {
        String text = expression == null ? "" : expression.trim();
        if (text.isEmpty() || text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a filter condition has 1 to " + MAX_LENGTH + " characters");
        }
        Matcher near = NEAR.matcher(text);
        if (near.matches()) {
            List<Profession> professions = Arrays.stream(near.group(1).split("\\+")).map(Profession::fromKey)
                    .distinct().toList();
            return new FilterCondition(text, "near", null, null, null, Double.NaN, professions,
                    near.group(2).equals("and"), number(near.group(3)));
        }
        Matcher m = COMPARISON.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("malformed filter condition '" + text
                    + "' (expected e.g. apl.MG.under-65<2.5, share75>12 or near.CD+INF.or.1)");
        }
        String profession = m.group(2) == null ? null : Profession.fromKey(m.group(2)).key();
        return new FilterCondition(text, m.group(1), profession, m.group(3), m.group(4), number(m.group(5)),
                List.of(), false, Double.NaN);
    }

    boolean isProximity() {
        return indicator.equals("near");
    }

    /** Whether a value passes; a missing value never does. */
    boolean accepts(Double value) {
        if (value == null || value.isNaN()) {
            return false;
        }
        return switch (operator) {
            case "<" -> value < threshold;
            case "<=" -> value <= threshold;
            case ">" -> value > threshold;
            default -> value >= threshold;
        };
    }

    /** The condition in French words, for the list and the CSV header. */
    String label(String indicatorLabel, String unit) {
        if (isProximity()) {
            String names = String.join(nearAll ? " et " : " ou ",
                    nearProfessions.stream().map(p -> p.label().toLowerCase(Locale.ROOT)).toList());
            return "à moins de " + format(nearKm) + " km d'un " + names;
        }
        String op = switch (operator) {
            case "<" -> "<";
            case "<=" -> "≤";
            case ">" -> ">";
            default -> "≥";
        };
        // Long units (the APL's) would swamp a table header; the indicator's own legend shows them.
        return indicatorLabel + " " + op + " " + format(threshold) + (unit.length() <= 12 ? " " + unit : "");
    }

    private static String format(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v).replace('.', ',');
    }

    private static double number(String text) {
        return Double.parseDouble(text.replace(',', '.'));
    }
}
