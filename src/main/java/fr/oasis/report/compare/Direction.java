package fr.oasis.report.compare;

import fr.oasis.indicator.PriorityZones;
import fr.oasis.structure.StructureIndicators;
import java.util.Map;

/**
 * Which way an indicator is favourable, for ranks and the best/worst highlight of a comparison.
 * A rank of 1 is the most favourable value; for a {@link #NEUTRAL} indicator (population,
 * density, age structure: needs, not performance) rank 1 is the highest value and nothing is
 * highlighted.
 */
public enum Direction {
    HIGHER_IS_BETTER("higher-is-better", "valeur élevée favorable"),
    LOWER_IS_BETTER("lower-is-better", "valeur faible favorable"),
    NEUTRAL("neutral", "neutre (rang 1 = valeur la plus élevée)");

    /**
     * Known indicator ids; any other (a long-CSV indicator) is neutral until listed here. APL:
     * more accessible care; time and population beyond 20 min: farther care; income: the poorer,
     * the more needs; mortality, poverty and unemployment: the higher, the worse; indicative
     * priority zone: class 2 (priority intervention) is the worst. Care structures: the time to the
     * nearest is lower-is-better; a count is neutral (it grows with the territory's size).
     */
    private static final Map<String, Direction> BY_INDICATOR = Map.of(
            "apl", HIGHER_IS_BETTER,
            PriorityZones.ID, LOWER_IS_BETTER,
            "nearest", LOWER_IS_BETTER,
            "beyond20", LOWER_IS_BETTER,
            "income", HIGHER_IS_BETTER,
            "mortality", LOWER_IS_BETTER,
            "poverty", LOWER_IS_BETTER,
            "unemployment", LOWER_IS_BETTER);

    private final String key;
    private final String label;

    Direction(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public static Direction of(String indicatorId) {
        if (StructureIndicators.typeOf(indicatorId) != null) {
            return indicatorId.startsWith(StructureIndicators.TIME) ? LOWER_IS_BETTER : NEUTRAL;
        }
        return BY_INDICATOR.getOrDefault(indicatorId, NEUTRAL);
    }

    /** As written in JSON: higher-is-better, lower-is-better, neutral. */
    public String key() {
        return key;
    }

    /** French, as shown beside the indicator. */
    public String label() {
        return label;
    }

    /** Negative when {@code a} ranks before {@code b} (more favourable, or higher when neutral), 0 when tied. */
    int compare(double a, double b) {
        return this == LOWER_IS_BETTER ? Double.compare(a, b) : Double.compare(b, a);
    }
}
