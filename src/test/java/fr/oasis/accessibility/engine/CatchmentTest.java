package fr.oasis.accessibility.engine;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/** The grid catchment holds exactly the pairs a brute-force scan finds, with their times. */
class CatchmentTest {

    @ParameterizedTest
    @CsvSource({
            "1, 20, 46.5", "2, 20, 46.5", "3, 5, 46.5", "4, 60, 46.5", "5, 400, 46.5", // 400 min: coarsened grid
            "6, 20, 70.0", "7, 20, -21.1", "8, 0, 46.5"})                                // far north, Réunion, zero
    void crowFlyCatchmentEqualsBruteForce(long seed, double maxMinutes, double latitude) {
        Random random = new Random(seed);
        int n = 300;
        double[] lon = new double[n];
        double[] lat = new double[n];
        for (int i = 0; i < n; i++) {
            lon[i] = 2 + random.nextDouble() * 1.5;
            lat[i] = latitude + random.nextDouble();
        }
        lon[1] = lon[0]; // two communes on the same point
        lat[1] = lat[0];
        Catchment catchment = new CrowFlyTravelTime(lon, lat).catchment(maxMinutes);
        double[][] t = NaiveApl.crowFlyMinutes(lon, lat, 1.3, 60);
        String context = "seed " + seed + ", limit " + maxMinutes + " min";
        int expectedPairs = 0;
        for (int i = 0; i < n; i++) {
            Map<Integer, Double> row = row(catchment, i);
            assertEquals(0.0, row.get(i), context + ": t_ii");
            for (int j = 0; j < n; j++) {
                if (t[i][j] <= maxMinutes) {
                    expectedPairs++;
                    if (!row.containsKey(j) || !Tolerance.close(t[i][j], row.get(j))) {
                        fail(context + ": pair (" + i + ", " + j + ") at " + t[i][j] + " min: got " + row.get(j));
                    }
                }
            }
        }
        assertEquals(expectedPairs, catchment.pairCount(), context);
    }

    @ParameterizedTest
    @CsvSource({"11", "12"})
    void transposeSwapsOriginsAndDestinations(long seed) {
        RandomInstance instance = RandomInstance.generate(seed, 120);
        Catchment catchment = new CrowFlyTravelTime(instance.lon, instance.lat).catchment(15);
        Catchment transposed = catchment.transpose();
        assertThat(transposed.pairCount()).isEqualTo(catchment.pairCount());
        for (int i = 0; i < catchment.size(); i++) {
            for (Map.Entry<Integer, Double> pair : row(catchment, i).entrySet()) {
                assertThat(row(transposed, pair.getKey())).as("seed " + seed).containsEntry(i, pair.getValue());
            }
        }
    }

    /** Crow-fly catchments claim bitwise symmetry (the calculator gathers on it): check it. */
    @ParameterizedTest
    @CsvSource({"13", "14"})
    void crowFlyCatchmentIsSymmetricBitForBit(long seed) {
        RandomInstance instance = RandomInstance.generate(seed, 200);
        Catchment catchment = new CrowFlyTravelTime(instance.lon, instance.lat).catchment(20);
        assertThat(catchment.isSymmetric()).isTrue();
        for (int i = 0; i < catchment.size(); i++) {
            for (Map.Entry<Integer, Double> pair : row(catchment, i).entrySet()) {
                assertThat(row(catchment, pair.getKey()).get(i)).as("seed %d, (%d, %d)", seed, i, pair.getKey())
                        .isEqualTo(pair.getValue());
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"15", "16"})
    void asymmetricTransposeSwapsOriginsAndDestinations(long seed) {
        Random random = new Random(seed);
        int n = 40;
        int[] origins = new int[n * 3];
        int[] destinations = new int[n * 3];
        double[] minutes = new double[n * 3];
        for (int e = 0; e < origins.length; e++) {
            origins[e] = e / 3;
            destinations[e] = (e / 3 + 1 + e % 3 * 7) % n; // three distinct destinations per origin
            minutes[e] = 25 * random.nextDouble();
        }
        Catchment catchment = new OdMatrixTravelTime(n, origins, destinations, minutes).catchment(20);
        Catchment transposed = catchment.transpose();
        assertThat(transposed).isNotSameAs(catchment);
        assertThat(transposed.pairCount()).isEqualTo(catchment.pairCount());
        for (int i = 0; i < n; i++) {
            for (Map.Entry<Integer, Double> pair : row(catchment, i).entrySet()) {
                assertThat(row(transposed, pair.getKey())).as("seed " + seed).containsEntry(i, pair.getValue());
            }
        }
    }

    static Map<Integer, Double> row(Catchment catchment, int i) {
        Map<Integer, Double> row = new HashMap<>();
        for (int p = catchment.offsets()[i]; p < catchment.offsets()[i + 1]; p++) {
            if (row.put(catchment.targets()[p], catchment.minutes()[p]) != null) {
                fail("pair (" + i + ", " + catchment.targets()[p] + ") listed twice");
            }
        }
        return row;
    }
}
