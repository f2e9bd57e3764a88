package fr.oasis.indicator.store;

import fr.oasis.territory.TerritoryLevel;

/**
 * One published figure. Any of the numbers may be null: missing or under statistical secrecy,
 * never replaced by zero.
 *
 * @param numerator   for {@link Aggregation#RATIO} indicators, what the ratio counts
 * @param denominator for {@link Aggregation#RATIO} indicators, what it is divided by
 */
public record IndicatorValue(String indicatorId, int millesime, TerritoryLevel level, String code, Double value,
                             Double numerator, Double denominator) {
}
