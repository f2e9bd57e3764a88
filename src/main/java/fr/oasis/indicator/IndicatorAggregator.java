package fr.oasis.indicator;

import fr.oasis.indicator.store.Aggregation;
import java.util.List;

/**
 * Combines the figures of a territory's parts into the territory's figure by an indicator's
 * {@link Aggregation} rule. The one rule for missing data: <b>if any part is missing what the rule
 * needs, the whole is missing</b> — a sum over the known parts would be silently too small, and a
 * ratio over them would describe another territory. So
 * <ul>
 *   <li>SUM: Σ values; missing when a part's value is;</li>
 *   <li>RATIO: Σ numerators / Σ denominators × scale; missing when a part lacks its numerator or
 *       its denominator (a secret denominator is not zero), or when Σ denominators is 0;</li>
 *   <li>WEIGHTED_MEAN: Σ value × weight / Σ weight, the weight being the census population;
 *       missing when a part lacks its value or weight, or when Σ weight is 0. A part whose weight
 *       is 0 (an uninhabited commune, such as the Meuse "villages morts pour la France") weighs
 *       nothing, so its missing value does not make the whole missing;</li>
 *   <li>NONE: always missing (a median is not computed from medians).</li>
 * </ul>
 * A territory without parts is missing. A weighted mean is an <b>estimate</b> (the published
 * figure would weight each part by its own denominator: families, working population, census
 * population of the year), and so is any combination of an estimate: {@link Figure#estimated()}
 * says so, and screens must too. Sums and ratios of sums of published parts are exact. Stateless.
 */
final class IndicatorAggregator {
    private IndicatorAggregator() {
    }

    /**
     * A territory's figure: its value and, for ratios, numerator and denominator; {@code weight}
     * is its population for weighted means (null when unknown).
     */
    record Figure(Double value, Double numerator, Double denominator, Double weight, boolean estimated) {
        static final Figure MISSING = new Figure(null, null, null, null, false);

        /** A published figure. */
        Figure(Double value, Double numerator, Double denominator, Double weight) {
            this(value, numerator, denominator, weight, false);
        }

        Figure withWeight(Double w) {
            return new Figure(value, numerator, denominator, w, estimated);
        }
    }

    static Figure combine(Aggregation rule, double scale, List<Figure> parts) {
        if (parts.isEmpty()) {
            return Figure.MISSING;
        }
        double weight = 0;
        double sum = 0;
        double numerator = 0;
        double denominator = 0;
        boolean estimated = rule == Aggregation.WEIGHTED_MEAN;
        for (Figure p : parts) {
            if (rule == Aggregation.WEIGHTED_MEAN && p.weight() != null && p.weight() == 0) {
                continue; // weighs nothing, known or not
            }
            estimated |= p.estimated();
            boolean usable = switch (rule) {
                case SUM -> p.value() != null;
                case RATIO -> p.numerator() != null && p.denominator() != null;
                case WEIGHTED_MEAN -> p.value() != null && p.weight() != null;
                case NONE -> false;
            };
            if (!usable) {
                return Figure.MISSING;
            }
            switch (rule) {
                case SUM -> sum += p.value();
                case RATIO -> {
                    numerator += p.numerator();
                    denominator += p.denominator();
                }
                default -> {
                    sum += p.value() * p.weight();
                    weight += p.weight();
                }
            }
        }
        return switch (rule) {
            case SUM -> new Figure(sum, null, null, null, estimated);
            case RATIO -> denominator == 0 ? Figure.MISSING
                    : new Figure(numerator / denominator * scale, numerator, denominator, null, estimated);
            case WEIGHTED_MEAN -> weight == 0 ? Figure.MISSING : new Figure(sum / weight, null, null, weight, true);
            case NONE -> Figure.MISSING;
        };
    }
}
