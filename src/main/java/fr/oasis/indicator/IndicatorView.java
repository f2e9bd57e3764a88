package fr.oasis.indicator;

import java.util.List;
import java.util.Map;

/** Read models of the indicator catalogue, as the API serialises them. */
public final class IndicatorView {
    private IndicatorView() {
    }

    /** An indicator the catalogue can compute at a level. */
    public record Definition(String id, String label, String unit, String source, Integer millesime, boolean demo,
                             List<String> parameters) {
    }

    /** One territory's value; {@code value} null when missing (never replaced by 0). */
    public record Value(String code, String name, Integer population, Double value) {
    }

    /** An indicator's values for every territory of a level. */
    public record Values(String id, String label, String unit, String source, Integer millesime, boolean demo,
                         List<Value> values) {
    }

    /**
     * An imported indicator's values for one territory over its millésimes, oldest first.
     *
     * @param label  French label of the latest millésime
     * @param points one per millésime, value null when missing
     */
    public record Series(String id, String label, String unit, String level, String code, String name,
                         List<SeriesPoint> points) {
    }

    /** One millésime of a series, with its own source (a re-import may come from another publisher). */
    public record SeriesPoint(int millesime, Double value, String source) {
    }

    /** A filter condition as written and as read in French. */
    public record Condition(String expression, String label) {
    }

    /** A territory that passed the filter, with the value of each condition. */
    public record Match(String code, String name, Integer population, Map<String, Object> values) {
    }

    /** A filter's answer. */
    public record FilterResult(String level, String combine, List<Condition> conditions, int count, long population,
                               List<Match> matches) {
    }
}
