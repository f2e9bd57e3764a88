package fr.oasis.accessibility.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bad parameters are refused with a message saying what is wrong. */
class InputValidationTest {

    @Test
    void stepsAreInclusiveUpperBounds() {
        StepWeights steps = StepWeights.parse("10:1,15:0.66,20:0.33");
        assertThat(steps.weight(0)).isEqualTo(1);
        assertThat(steps.weight(10)).isEqualTo(1);
        assertThat(steps.weight(Math.nextUp(10.0))).isEqualTo(0.66);
        assertThat(steps.weight(20)).isEqualTo(0.33);
        assertThat(steps.weight(Math.nextUp(20.0))).isZero();
        assertThat(steps.weight(TravelTimeModel.UNREACHED)).isZero();
        assertThat(steps.weight(Double.NaN)).isZero();
        assertThat(steps.zeroPoint()).isEqualTo(20);
        assertThat(StepWeights.parse("10:1,20:0").zeroPoint()).isEqualTo(10);
        assertThat(StepWeights.parse(steps.toString()).toString()).isEqualTo("10:1,15:0.66,20:0.33");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "10", "10:x", "15:1,10:0.5", "10:1,10:0.5", "10:0.5,15:0.6", "10:1.5", "10:-1",
            "-5:1", "10:0"})
    void invalidStepsAreRejected(String spec) {
        assertThatThrownBy(() -> StepWeights.parse(spec)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("steps:");
    }

    @Test
    void negativeActivityNamesThePractitioner() {
        assertThatThrownBy(() -> Supply.builder(3).add("10003456789", 1, -5, 40))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("10003456789");
    }

    @Test
    void bulkAddNamesTheBadPractitionerOnlyWhenNeeded() {
        Supply supply = Supply.builder(2).addAll(2, new int[] {0, 1}, new double[] {10, 20}, new int[] {30, 40},
                p -> { throw new AssertionError("id asked for a valid practitioner " + p); }).build();
        assertThat(supply.values()).containsExactly(10.0, 20.0);
        assertThatThrownBy(() -> Supply.builder(2).addAll(2, new int[] {0, 1}, new double[] {10, -1},
                new int[] {30, 40}, p -> "rpps-" + p)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rpps-1");
    }

    @Test
    void unknownAgeIsKeptForAllAgesAndExcludedFromAgeLimitedVariants() {
        Supply all = Supply.builder(1).add("a", 0, 100, Supply.UNKNOWN_AGE).add("b", 0, 10, 70).build();
        Supply under65 = Supply.builder(1).maxAge(64).add("a", 0, 100, Supply.UNKNOWN_AGE).add("b", 0, 10, 70)
                .add("c", 0, 1, 64).build();
        assertThat(all.values()).containsExactly(110.0);
        assertThat(under65.values()).containsExactly(1.0);
        assertThat(under65.excludedUnknownAge()).isEqualTo(1);
        assertThat(under65.excludedByAge()).isEqualTo(1);
        assertThat(under65.describe()).contains("unknown ages excluded: 1");
    }

    @Test
    void activityRuleAppliesFloorCapAndUnit() {
        ActivityRule fte = new ActivityRule(5000, 0.1, 1.5);
        assertThat(fte.apply(400)).isZero();           // 0.08 FTE < floor
        assertThat(fte.apply(2500)).isEqualTo(0.5);
        assertThat(fte.apply(10000)).isEqualTo(1.5);   // 2 FTE capped
        assertThat(ActivityRule.NONE.apply(1234.5)).isEqualTo(1234.5);
        Supply supply = Supply.builder(1).activityRule(fte).add("a", 0, 2500, 40).add("b", 0, 10000, 40).build();
        assertThat(supply.values()).containsExactly(2.0);
        assertThatThrownBy(() -> new ActivityRule(1, 2, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void demandWithoutBandsIsFlagged() {
        Demand demand = Demand.unstandardised(new double[] {10, 0});
        assertThat(demand.ageStandardised()).isFalse();
        assertThat(demand.describe()).contains("NOT age-standardised");
        assertThatThrownBy(() -> Demand.unstandardised(new double[] {-1}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Demand.standardised(new double[5][1], Demand.defaultAgeWeights()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void odMatrixRejectsDuplicatesAndBadTimesAndCountsMissingPairs() {
        assertThatThrownBy(() -> new OdMatrixTravelTime(2, new int[] {0, 0}, new int[] {1, 1}, new double[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
        assertThatThrownBy(() -> new OdMatrixTravelTime(2, new int[] {0}, new int[] {1}, new double[] {-1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("entry 0");
        assertThatThrownBy(() -> new OdMatrixTravelTime(2, new int[] {0}, new int[] {2}, new double[] {1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("out of range");
        OdMatrixTravelTime times = new OdMatrixTravelTime(3, new int[] {0, 1, 2}, new int[] {1, 0, 2},
                new double[] {5, 50, 7});
        assertThat(times.missingPairs()).isEqualTo(4);
        assertThat(times.describe()).contains("4 ordered pairs absent");
        Catchment catchment = times.catchment(20);
        assertThat(catchment.pairCount()).isEqualTo(4); // three diagonals (t_22 forced to 0) + 0→1
        assertThat(CatchmentTest.row(catchment, 2)).containsEntry(2, 0.0);
    }

    @Test
    void crowFlyRejectsBadParameters() {
        assertThatThrownBy(() -> new CrowFlyTravelTime(new double[1], new double[1], 0, 60))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CrowFlyTravelTime(new double[] {0}, new double[] {89}).catchment(20))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("85");
    }
}
