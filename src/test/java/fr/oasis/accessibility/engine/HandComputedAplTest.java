package fr.oasis.accessibility.engine;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Tiny territories whose APL is computed by hand in the comments. */
class HandComputedAplTest {

    private static final double EXACT = 1e-12;

    /**
     * Three communes A, B, C with an asymmetric matrix, so that using t_jk instead of t_kj in
     * step 1 gives a different answer. D = (100, 200, 50), S = (0, 1000, 300).
     * <pre>
     *   A→B 8 (W 1)    B→A 12 (W 0.66)   A→C 18 (W 0.33)
     *   C→B 14 (0.66)  B→C 25 (W 0)      C→A absent (unreachable)
     *   den_B = W(t_AB)·100 + W(t_BB)·200 + W(t_CB)·50 = 100 + 200 + 33 = 333
     *   den_C = W(t_AC)·100 + W(t_BC)·200 + W(t_CC)·50 = 33 + 0 + 50   = 83
     *   R_B = 1000/333, R_C = 300/83
     *   APL_A = R_B + 0.33·R_C = 3.003003003 + 1.192771084 = 4.195774087
     *   APL_B = R_B                                          = 3.003003003
     *   APL_C = 0.66·R_B + R_C = 1.981981982 + 3.614457831   = 5.596439813
     *   check: 100·4.195774087 + 200·3.003003003 + 50·5.596439813 = 1300 = 1000 + 300
     * </pre>
     */
    @Test
    void asymmetricMatrixUsesOriginToSupplyTimesInStepOne() {
        OdMatrixTravelTime times = new OdMatrixTravelTime(3,
                new int[] {0, 1, 0, 2, 1},
                new int[] {1, 0, 2, 1, 2},
                new double[] {8, 12, 18, 14, 25});
        AplResult result = AplCalculator.compute(times, StepWeights.drees(),
                Demand.unstandardised(new double[] {100, 200, 50}), Supply.of(new double[] {0, 1000, 300}))
                .checkInvariants();

        double rB = 1000.0 / 333;
        double rC = 300.0 / 83;
        assertThat(result.apl()[0]).isCloseTo(rB + 0.33 * rC, within(EXACT));
        assertThat(result.apl()[1]).isCloseTo(rB, within(EXACT));
        assertThat(result.apl()[2]).isCloseTo(0.66 * rB + rC, within(EXACT));
        assertThat(result.apl()[0]).isCloseTo(4.195774087, within(1e-9));
        assertThat(result.apl()[2]).isCloseTo(5.596439813, within(1e-9));
        assertThat(result.ageStandardised()).isFalse();
        assertThat(times.missingPairs()).isEqualTo(1); // C→A
    }

    /**
     * Two communes 10 km apart on a meridian: t = 10 · 1.3 / 60 · 60 = 13 min, weight 0.66.
     * A has 100 people aged 75+ (D = 1.85·100 = 185), B 100 aged 0-14 (D = 0.80·100 = 80).
     * A hosts two GPs: 3000 consultations (aged 50) and 1000 (aged 70).
     * <pre>
     *   all ages:  S_A = 4000, den_A = 185 + 0.66·80 = 237.8, R_A = 16.820857863751051
     *              APL_A = R_A, APL_B = 0.66·R_A = 11.101766190075694
     *              check: 185·16.8208578637 + 80·11.1017661901 = 3111.859 + 888.141 = 4000
     *   age <= 64: S_A = 3000, R_A = 3000 / 237.8 = 12.615643397813288
     * </pre>
     */
    @Test
    void twoCommunesTenKilometresApart() {
        double[] lon = {2.0, 2.0};
        double[] lat = {46.0, 46.0 + Math.toDegrees(10 / GreatCircle.EARTH_RADIUS_KM)};
        CrowFlyTravelTime times = new CrowFlyTravelTime(lon, lat);
        assertThat(times.minutes(0, 1)).isCloseTo(13.0, within(1e-9));
        Demand demand = Demand.standardised(new double[][] {{0, 100}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {100, 0}},
                Demand.defaultAgeWeights());
        assertThat(demand.values()).containsExactly(185.0, 80.0);

        AplResult all = AplCalculator.compute(times, StepWeights.drees(), demand, twoGps(Supply.ALL_AGES));
        AplResult under65 = AplCalculator.compute(times, StepWeights.drees(), demand, twoGps(64));

        assertThat(all.checkInvariants().apl()).containsExactly(new double[] {4000 / 237.8, 0.66 * 4000 / 237.8},
                within(EXACT));
        assertThat(all.apl()[1]).isCloseTo(11.101766190075694, within(1e-9));
        assertThat(under65.checkInvariants().apl()[0]).isCloseTo(12.615643397813288, within(1e-9));
        assertThat(all.pairs()).isEqualTo(4);
        assertThat(all.explain()).contains("10:1,15:0.66,20:0.33", "age-standardised", "crow-fly");
    }

    private static Supply twoGps(int maxAge) {
        return Supply.builder(2).maxAge(maxAge).add("gp-1", 0, 3000, 50).add("gp-2", 0, 1000, 70).build();
    }

    /** Supply whose only reachable commune is empty: R = 0, counted as unserved, APL 0 everywhere. */
    @Test
    void supplyReachingNoDemandIsUnserved() {
        OdMatrixTravelTime times = new OdMatrixTravelTime(2, new int[0], new int[0], new double[0]);
        AplResult result = AplCalculator.compute(times, StepWeights.drees(),
                Demand.unstandardised(new double[] {0, 500}), Supply.of(new double[] {2500, 0})).checkInvariants();
        assertThat(result.apl()).containsExactly(0.0, 0.0);
        assertThat(result.unservedSupplyCommunes()).isEqualTo(1);
        assertThat(result.unservedSupply()).isEqualTo(2500.0);
    }
}
