package fr.oasis.indicator.store;

import java.util.Arrays;
import java.util.Locale;

/**
 * How an indicator's values combine from communes up to wider territories when a level has no
 * published value. Any missing contribution makes the combined value missing (see
 * {@code fr.oasis.indicator.IndicatorAggregator}).
 */
public enum Aggregation {
    /** Counts (households, people): the value is the sum of the parts. */
    SUM,
    /** Rates: numerators and denominators are summed, value = Σ numerator / Σ denominator × scale. */
    RATIO,
    /** Averages per inhabitant: mean of the parts weighted by their census population. */
    WEIGHTED_MEAN,
    /** Not aggregable (a median, a Gini index): only published values exist. */
    NONE;

    /** Parses {@code sum}, {@code ratio}, {@code weighted-mean} or {@code none}, in any case. */
    public static Aggregation parse(String text) {
        String wanted = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values()).filter(a -> a.name().equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown aggregation '" + text
                        + "' (expected sum, ratio, weighted-mean or none)"));
    }
}
