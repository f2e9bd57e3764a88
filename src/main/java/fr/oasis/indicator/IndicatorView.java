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

    /**
     * One territory's value; {@code value} null when missing (never replaced by 0).
     *
     * @param estimated true when the value was not published for this territory but combined from
     *                  its parts as a population-weighted mean (an estimate, to be said on screen)
     */
    public record Value(String code, String name, Integer population, Double value, boolean estimated) {
        /** A computed or published value. */
        public Value(String code, String name, Integer population, Double value) {
            this(code, name, population, value, false);
        }
    }

    /**
     * An indicator's values for every territory of a level, at {@code millesime}.
     *
     * @param millesimes every millésime that can be asked for with {@code year=} (oldest first):
     *                   the stored ones of an imported indicator, the single one of a computed one
     */
    public record Values(String id, String label, String unit, String source, Integer millesime, boolean demo,
                         List<Value> values, List<Integer> millesimes) {
        /** Values with no other millésime than the one shown (computed indicators). */
        public Values(String id, String label, String unit, String source, Integer millesime, boolean demo,
                      List<Value> values) {
            this(id, label, unit, source, millesime, demo, values, millesime == null ? List.of() : List.of(millesime));
        }
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

    /**
     * Where a report wants an imported figure: a stored territory ({@code level} and {@code code}:
     * its published value, else its parts combined), or a custom set of communes ({@code level}
     * null: the communes' figures combined by the indicator's rule).
     */
    public record Area(fr.oasis.territory.TerritoryLevel level, String code, java.util.Collection<String> communeCodes) {
    }

    /**
     * An imported indicator's figures of one millésime for the areas asked, in their order (null
     * when missing or secret).
     *
     * @param aggregation the indicator's rule (SUM, RATIO, WEIGHTED_MEAN, NONE), to explain a gap
     * @param estimated   per area, whether its value is an estimate (see {@link Value#estimated()})
     */
    public record AreaFigures(Definition definition, String aggregation, List<Double> values,
                              List<Boolean> estimated) {
        public AreaFigures(Definition definition, String aggregation, List<Double> values) {
            this(definition, aggregation, values, java.util.Collections.nCopies(values.size(), false));
        }

        /** Whether any area's value is an estimate. */
        public boolean anyEstimated() {
            return estimated.contains(Boolean.TRUE);
        }
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
