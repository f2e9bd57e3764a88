package fr.oasis.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.oasis.indicator.IndicatorAggregator.Figure;
import fr.oasis.indicator.store.Aggregation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The aggregation rules on cases computed by hand. */
class IndicatorAggregatorTest {
    private static Figure value(Double v, Double weight) {
        return new Figure(v, null, null, weight);
    }

    private static Figure ratio(Double numerator, Double denominator) {
        return new Figure(null, numerator, denominator, null);
    }

    @Test
    void sumAddsValuesAndASecretPartMakesItMissing() {
        assertThat(IndicatorAggregator.combine(Aggregation.SUM, 1, List.of(value(210.0, null), value(52.0, null)))
                .value()).isEqualTo(262.0);
        assertThat(IndicatorAggregator.combine(Aggregation.SUM, 1, List.of(value(210.0, null), value(null, null)))
                .value()).as("a sum over the known parts would be too small").isNull();
    }

    @Test
    void ratioIsTheRatioOfSumsNotTheMeanOfRatios() {
        // 150 poor of 1,200 (12.5 %) and 0 of 10 (0 %): 150 / 1,210 = 12.397 %, not 6.25 %.
        Figure f = IndicatorAggregator.combine(Aggregation.RATIO, 100, List.of(ratio(150.0, 1200.0), ratio(0.0, 10.0)));
        assertThat(f.value()).isCloseTo(12.3967, within(1e-4));
        assertThat(f.numerator()).isEqualTo(150.0);
        assertThat(f.denominator()).isEqualTo(1210.0);
    }

    @Test
    void ratioWithASecretDenominatorIsMissingNotAWrongRatio() {
        // 48 / 480 known, 9 / (secret): 57 / 480 would overstate the rate; 48 / 480 would describe
        // another territory.
        assertThat(IndicatorAggregator.combine(Aggregation.RATIO, 100, List.of(ratio(48.0, 480.0), ratio(9.0, null)))
                .value()).isNull();
        assertThat(IndicatorAggregator.combine(Aggregation.RATIO, 100, List.of(ratio(0.0, 0.0))).value())
                .as("nothing to divide by").isNull();
    }

    @Test
    void weightedMeanUsesPopulations() {
        // (40 × 500 + 50 × 90) / 590 = 41.525...
        Figure f = IndicatorAggregator.combine(Aggregation.WEIGHTED_MEAN, 1,
                List.of(value(40.0, 500.0), value(50.0, 90.0)));
        assertThat(f.value()).isCloseTo(24500.0 / 590, within(1e-9));
        assertThat(f.weight()).isEqualTo(590.0);
        assertThat(IndicatorAggregator.combine(Aggregation.WEIGHTED_MEAN, 1,
                List.of(value(40.0, 500.0), value(50.0, null))).value()).as("unknown weight").isNull();
    }

    @Test
    void aMedianIsNeverAggregatedAndNoPartsIsMissing() {
        assertThat(IndicatorAggregator.combine(Aggregation.NONE, 1, List.of(value(20000.0, 10.0))).value()).isNull();
        assertThat(IndicatorAggregator.combine(Aggregation.SUM, 1, List.of()).value()).isNull();
    }

    @Test
    void anUninhabitedPartWeighsNothingEvenWithoutAFigureAndAWeightedMeanIsAnEstimate() {
        // (10 × 500 + 20 × 90) / 590; the third part has no figure and 0 inhabitants.
        Figure f = IndicatorAggregator.combine(Aggregation.WEIGHTED_MEAN, 1,
                List.of(value(10.0, 500.0), value(20.0, 90.0), value(null, 0.0)));
        assertThat(f.value()).isCloseTo(6800.0 / 590, within(1e-12));
        assertThat(f.estimated()).isTrue();
        assertThat(IndicatorAggregator.combine(Aggregation.WEIGHTED_MEAN, 1, List.of(value(10.0, 500.0),
                value(null, 90.0))).value()).as("an inhabited part without figure").isNull();
        assertThat(IndicatorAggregator.combine(Aggregation.WEIGHTED_MEAN, 1, List.of(value(null, 0.0))).value())
                .as("nobody at all").isNull();
    }

    @Test
    void sumsOfPublishedPartsAreExactAndSumsOfEstimatesAreEstimates() {
        assertThat(IndicatorAggregator.combine(Aggregation.SUM, 1, List.of(value(1.0, null), value(2.0, null)))
                .estimated()).isFalse();
        Figure estimate = new Figure(2.0, null, null, null, true);
        assertThat(IndicatorAggregator.combine(Aggregation.SUM, 1, List.of(value(1.0, null), estimate)).estimated())
                .isTrue();
    }
}
