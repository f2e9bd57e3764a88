package fr.oasis.accessibility.engine;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Computing on the study area plus its margin gives the study communes exactly the full-territory APL. */
class StudyAreaMarginTest {

    @ParameterizedTest
    @ValueSource(longs = {601, 602, 603, 604})
    void studyAreaPlusMarginGivesTheFullTerritoryApl(long seed) {
        RandomInstance instance = RandomInstance.generate(seed, 300);
        Random random = new Random(seed);
        Catchment full = new CrowFlyTravelTime(instance.lon, instance.lat).catchment(20);
        double[] fullApl = new AplCalculator(full, StepWeights.drees())
                .compute(instance.demand(), Supply.of(instance.supply)).apl();
        int[] study = new int[10];
        for (int k = 0; k < study.length; k++) {
            study[k] = random.nextInt(instance.size() - 2);
        }
        int[] kept = StudyAreaMargin.requiredCommunes(full, study);
        double[] subsetApl = aplOnSubset(instance, kept);
        for (int i : study) {
            int local = java.util.Arrays.binarySearch(kept, i);
            assertThat(Tolerance.close(fullApl[i], subsetApl[local])).as("seed %d, commune %d: %s vs %s", seed, i,
                    fullApl[i], subsetApl[local]).isTrue();
        }
        assertThat(kept.length).as("seed %d: the margin is a real subset", seed).isLessThan(instance.size());
    }

    private static double[] aplOnSubset(RandomInstance instance, int[] kept) {
        int m = kept.length;
        double[] lon = new double[m];
        double[] lat = new double[m];
        double[] supply = new double[m];
        double[][] bands = new double[Demand.BAND_COUNT][m];
        for (int k = 0; k < m; k++) {
            lon[k] = instance.lon[kept[k]];
            lat[k] = instance.lat[kept[k]];
            supply[k] = instance.supply[kept[k]];
            for (int b = 0; b < Demand.BAND_COUNT; b++) {
                bands[b][k] = instance.bands[b][kept[k]];
            }
        }
        return AplCalculator.compute(new CrowFlyTravelTime(lon, lat), StepWeights.drees(),
                Demand.standardised(bands, Demand.defaultAgeWeights()), Supply.of(supply)).apl();
    }
}
