package fr.oasis.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** French display of numbers and round axis ticks. */
class FrenchNumbersTest {
    private static final String NBSP = "\u00A0";

    @Test
    void decimalsFollowTheMagnitude() {
        assertThat(FrenchNumbers.format(2.871)).isEqualTo("2,87");
        assertThat(FrenchNumbers.format(12.345)).isEqualTo("12,3");
        assertThat(FrenchNumbers.format(24512.0)).isEqualTo("24" + NBSP + "512");
        assertThat(FrenchNumbers.format(23140.6)).isEqualTo("23" + NBSP + "141");
        assertThat(FrenchNumbers.format(-0.05)).isEqualTo("-0,05");
        assertThat(FrenchNumbers.format(-0.001)).isEqualTo("0");
        assertThat(FrenchNumbers.format(7)).isEqualTo("7");
        assertThat(FrenchNumbers.format(0.5)).isEqualTo("0,5");
        // half-up on the decimal a reader sees, not on the binary fraction just below it (0.01499999...)
        assertThat(FrenchNumbers.format(0.015)).isEqualTo("0,02");
        assertThat(FrenchNumbers.format(9.995, "indice")).isEqualTo("10,00");
        assertThat(FrenchNumbers.format(-0.125, "pts")).isEqualTo("-0,1");
    }

    @Test
    void aUnitFixesTheDecimalsSoThatAColumnLinesUp() {
        assertThat(FrenchNumbers.format(12.0, "%")).isEqualTo("12,0");
        assertThat(FrenchNumbers.format(2.871, "consultations par an et par habitant")).isEqualTo("2,87");
        assertThat(FrenchNumbers.format(24511.6, "hab.")).isEqualTo("24" + NBSP + "512");
        assertThat(FrenchNumbers.format(12.34, "min")).isEqualTo("12,3");
        assertThat(FrenchNumbers.signed(2.34, "pts")).isEqualTo("+2,3");
        assertThat(FrenchNumbers.signed(-0.01, "pts")).isEqualTo("0,0");
        assertThat(FrenchNumbers.signed(null, "pts")).isEqualTo("—");
    }

    @Test
    void missingIsADashNeverZero() {
        assertThat(FrenchNumbers.format(null)).isEqualTo("—");
        assertThat(FrenchNumbers.format(Double.NaN)).isEqualTo("—");
    }

    @Test
    void scalesHaveRoundTicksAndIncludeZero() {
        ChartScale s = ChartScale.covering(-0.05, 0.42, 5, false);
        assertThat(s.step).isEqualTo(0.1);
        assertThat(java.util.Arrays.stream(s.ticks()).mapToObj(FrenchNumbers::format))
                .containsExactly("-0,1", "0", "0,1", "0,2", "0,3", "0,4", "0,5");
        ChartScale counts = ChartScale.covering(0, 9, 4, true);
        assertThat(counts.ticks()).containsExactly(0.0, 5.0, 10.0); // 2.5 is not a count
        ChartScale shares = ChartScale.covering(0, 9, 4, false);
        assertThat(shares.ticks()).containsExactly(0.0, 2.5, 5.0, 7.5, 10.0);
        ChartScale positive = ChartScale.covering(5, 20, 5, false);
        assertThat(positive.min).isZero(); // bars start at 0, and 0 is not pushed one step down
        assertThat(positive.max).isEqualTo(20.0);
        assertThat(ChartScale.covering(0, 0, 5, false).ticks()).containsExactly(0.0, 0.25, 0.5, 0.75, 1.0);
        assertThat(s.fraction(0.2)).isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-12));
    }
}
