package fr.oasis.accessibility.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Nearest supply by expanding rings against a brute-force scan, well beyond 20 minutes. */
class NearestPractitionerTest {

    @ParameterizedTest
    @ValueSource(longs = {501, 502, 503, 504, 505, 506})
    void ringSearchEqualsBruteForce(long seed) {
        Random random = new Random(seed);
        int n = 400;
        double[] lon = new double[n];
        double[] lat = new double[n];
        double[] supply = new double[n];
        double[] population = new double[n];
        double[] old = new double[n];
        double share = seed % 2 == 0 ? 0.01 : 0.2; // sparse supply: nearest often 50+ minutes away
        for (int i = 0; i < n; i++) {
            lon[i] = -1 + 6 * random.nextDouble();
            lat[i] = 44 + 4 * random.nextDouble();
            supply[i] = random.nextDouble() < share ? 1000 : 0;
            population[i] = random.nextInt(2000);
            old[i] = random.nextInt((int) population[i] + 1);
        }
        supply[0] = 1000;
        CrowFlyTravelTime times = new CrowFlyTravelTime(lon, lat);
        NearestPractitioner.Result result = new NearestPractitioner(times)
                .compute(supply, population, old, NearestPractitioner.DEFAULT_THRESHOLDS);

        double[][] t = NaiveApl.crowFlyMinutes(lon, lat, 1.3, 60);
        double[] beyond = new double[3];
        double[] oldBeyond = new double[3];
        for (int i = 0; i < n; i++) {
            double best = Double.POSITIVE_INFINITY;
            for (int j = 0; j < n; j++) {
                if (supply[j] > 0) {
                    best = Math.min(best, t[i][j]);
                }
            }
            assertThat(result.minutes()[i]).as("seed " + seed + ", commune " + i).isCloseTo(best, within(1e-9));
            for (int k = 0; k < 3; k++) {
                beyond[k] += best > NearestPractitioner.DEFAULT_THRESHOLDS[k] ? population[i] : 0;
                oldBeyond[k] += best > NearestPractitioner.DEFAULT_THRESHOLDS[k] ? old[i] : 0;
            }
        }
        assertThat(result.populationBeyond()).as("seed " + seed).containsExactly(beyond);
        assertThat(result.population75Beyond()).as("seed " + seed).containsExactly(oldBeyond);
    }

    @Test
    void noSupplyAtAllIsUnreached() {
        CrowFlyTravelTime times = new CrowFlyTravelTime(new double[] {2, 3}, new double[] {46, 47});
        NearestPractitioner.Result result = new NearestPractitioner(times)
                .compute(new double[2], new double[] {10, 20}, null, new double[] {10});
        assertThat(result.minutes()).containsOnly(TravelTimeModel.UNREACHED);
        assertThat(result.populationBeyond()).containsExactly(30.0);
        assertThat(result.population75Beyond()).isNull();
    }

    @Test
    void communeWithSupplyIsAtZeroMinutes() {
        CrowFlyTravelTime times = new CrowFlyTravelTime(new double[] {2, 2.5}, new double[] {46, 46});
        NearestPractitioner.Result result = new NearestPractitioner(times)
                .compute(new double[] {0, 5}, new double[] {1, 1}, null, new double[] {10});
        assertEquals(0.0, result.minutes()[1]);
        assertEquals(1, result.nearest()[0]);
    }

    /**
     * OD table: 0 -> 1 in 7 min, 0 -> 2 in 4, 2 -> 1 in 3, no entry from 1. Supply in 1 and 2:
     * commune 0 is 4 min from 2; commune 1 is at 0 from itself; with supply in 0 only, commune 1
     * (no entry towards 0) is unreachable, never 0.
     */
    @Test
    void odMatrixNearestFollowsItsEntries() {
        OdMatrixTravelTime matrix = new OdMatrixTravelTime(3, new int[] {0, 0, 2}, new int[] {1, 2, 1},
                new double[] {7, 4, 3});
        NearestPractitioner.Result result = new NearestPractitioner(matrix)
                .compute(new double[] {0, 1, 1}, new double[] {1, 1, 1}, null, new double[] {3.5});
        assertThat(result.minutes()).containsExactly(4.0, 0.0, 0.0);
        assertThat(result.nearest()).containsExactly(2, 1, 2);
        NearestPractitioner.Result onlyZero = new NearestPractitioner(matrix)
                .compute(new double[] {1, 0, 0}, new double[] {1, 1, 1}, null, new double[] {3.5});
        assertThat(onlyZero.minutes()).containsExactly(0.0, TravelTimeModel.UNREACHED, TravelTimeModel.UNREACHED);
        assertThat(onlyZero.populationBeyond()).containsExactly(2.0);
    }
}
