package fr.oasis.accessibility.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link NearestPractitioner#update} (searching again only around the communes that gain their
 * first practitioner or lose their last) against a full {@link NearestPractitioner#compute} on
 * the changed supply: seeded random road networks (undirected and directed, with an unsnapped
 * commune and a far one, from {@link RoadTravelTimeRandomizedTest}) and crow-fly points, random
 * supplies and random sequences of gains, losses and count changes. Same times (to float
 * precision), a nearest commune at that time, same populations beyond each threshold. The seed
 * is in every failure message.
 */
class NearestUpdateRandomizedTest {
    /**
     * A full recompute reads times within the table's bound from the stored travel table, kept as
     * floats (about 1e-7 relative), where a search gives doubles: 1e-5 min (under a millisecond)
     * covers times up to some hours.
     */
    private static final double FLOAT = 1e-5;

    @ParameterizedTest
    @ValueSource(longs = {31, 32, 33, 34, 35, 36, 37, 38})
    void undirectedRoadUpdatesEqualAFullRecompute(long seed) {
        RoadTravelTimeRandomizedTest.Instance instance = RoadTravelTimeRandomizedTest.Instance.generate(seed, false);
        check(seed, RoadTravelTime.route(instance.network(), instance.lon(), instance.lat(), instance.access(),
                instance.bound()));
    }

    @ParameterizedTest
    @ValueSource(longs = {41, 42, 43, 44, 45, 46})
    void directedRoadUpdatesEqualAFullRecompute(long seed) {
        RoadTravelTimeRandomizedTest.Instance instance = RoadTravelTimeRandomizedTest.Instance.generate(seed, true);
        check(seed, RoadTravelTime.route(instance.network(), instance.lon(), instance.lat(), instance.access(),
                instance.bound()));
    }

    @ParameterizedTest
    @ValueSource(longs = {51, 52, 53})
    void crowFlyUpdatesEqualAFullRecompute(long seed) {
        Random random = new Random(seed);
        int n = 300;
        double[] lon = new double[n];
        double[] lat = new double[n];
        for (int i = 0; i < n; i++) {
            lon[i] = 4 + 3 * random.nextDouble();
            lat[i] = 47 + 2 * random.nextDouble();
        }
        check(seed, new CrowFlyTravelTime(lon, lat));
    }

    /** The first commune with supply from {@code start} on (cyclically), -1 when none. */
    private static int firstSupplied(double[] supply, int start) {
        for (int k = 0; k < supply.length; k++) {
            int s = (start + k) % supply.length;
            if (supply[s] > 0) {
                return s;
            }
        }
        return -1;
    }

    private static void check(long seed, TravelTimeModel times) {
        Random random = new Random(seed * 7919);
        int n = times.size();
        double[] population = new double[n];
        double[] old = new double[n];
        double[] supply = new double[n];
        double share = random.nextBoolean() ? 0.05 : 0.3;
        for (int i = 0; i < n; i++) {
            population[i] = random.nextInt(3000);
            old[i] = random.nextInt((int) population[i] + 1);
            supply[i] = random.nextDouble() < share ? 1 + random.nextInt(3) : 0;
        }
        NearestPractitioner nearest = new NearestPractitioner(times);
        NearestPractitioner.Result before = nearest.compute(supply, population, old,
                NearestPractitioner.DEFAULT_THRESHOLDS);
        int gains = 0;
        int losses = 0;
        for (int round = 0; round < 12; round++) {
            double[] after = supply.clone();
            Set<Integer> changed = new LinkedHashSet<>();
            for (int k = 0; k < 1 + random.nextInt(4); k++) {
                int j = random.nextInt(n);
                changed.add(j);
                double was = after[j];
                int supplied = firstSupplied(after, random.nextInt(n));
                if (was <= 0 && k == 0 && round % 3 == 0 && supplied >= 0) { // a loss at least every third round
                    j = supplied;
                    changed.add(j);
                    was = after[j];
                    after[j] = 0;
                } else {
                    after[j] = was > 0 && random.nextDouble() < 0.6 ? (random.nextBoolean() ? 0 : was + 1)
                            : random.nextInt(3);
                }
                gains += was <= 0 && after[j] > 0 ? 1 : 0;
                losses += was > 0 && after[j] <= 0 ? 1 : 0;
            }
            int[] list = changed.stream().mapToInt(Integer::intValue).toArray();
            String context = "seed " + seed + ", round " + round + ", changed " + Arrays.toString(list);
            NearestPractitioner.Result updated = nearest.update(before, supply, after, list, population, old);
            NearestPractitioner.Result full = nearest.compute(after, population, old,
                    NearestPractitioner.DEFAULT_THRESHOLDS);
            for (int i = 0; i < n; i++) {
                double expected = full.minutes()[i];
                if (Double.isInfinite(expected)) {
                    assertThat(updated.minutes()[i]).as(context + ": unreached " + i).isInfinite();
                    assertThat(updated.nearest()[i]).as(context + ": no nearest for " + i).isEqualTo(-1);
                } else {
                    assertThat(updated.minutes()[i]).as(context + ": time of " + i).isCloseTo(expected, within(FLOAT));
                    int s = updated.nearest()[i];
                    assertThat(after[s]).as(context + ": nearest of " + i + " has supply").isPositive();
                    assertThat(full.minutes()[s] == 0 && s >= 0).as(context).isTrue();
                }
            }
            assertThat(updated.populationBeyond()).as(context).containsExactly(full.populationBeyond());
            assertThat(updated.population75Beyond()).as(context).containsExactly(full.population75Beyond());
            supply = after;
            before = updated; // chained: each update starts from the previous one
        }
        assertThat(gains).as("seed " + seed + ": the rounds gain communes").isPositive();
        assertThat(losses).as("seed " + seed + ": the rounds lose communes").isPositive();
    }
}
