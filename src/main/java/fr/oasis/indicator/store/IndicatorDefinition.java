package fr.oasis.indicator.store;

/**
 * What an imported indicator is, for one millésime.
 *
 * @param id          short lower-case id ({@code [a-z0-9]+}, usable in filter expressions), e.g. {@code income}
 * @param millesime   the year the figures describe (Filosofi 2019: incomes of 2019)
 * @param label       French label shown in the catalogue and legends
 * @param unit        unit as shown, e.g. {@code €} or {@code ménages}
 * @param aggregation how values combine into wider territories
 * @param scale       factor of a {@link Aggregation#RATIO} (100 for a percentage); 1 otherwise
 * @param source      who published it, from the manifest label
 * @param format      the reader's format name
 */
public record IndicatorDefinition(String id, int millesime, String label, String unit, Aggregation aggregation,
                                  double scale, String source, String format) {
}
