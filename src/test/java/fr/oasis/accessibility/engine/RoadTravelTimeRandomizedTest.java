package fr.oasis.accessibility.engine;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The road model against a naive reference on seeded random networks (after GraphHopper's
 * {@code RandomizedRoutingTest}): snapping by brute force, then Floyd–Warshall over road nodes
 * and commune points. Checked for pairs within the bound: the same pairs and the same times
 * (to float precision), {@code t_ii = 0}, unsnapped communes reaching nobody, exact symmetry on
 * undirected networks, the triangle inequality on every triple, and the nearest source by
 * road. The seed is in every failure message.
 */
class RoadTravelTimeRandomizedTest {

    private static final double FLOAT = 1e-4;

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13, 14, 15, 16, 17, 18})
    void undirectedNetworksMatchTheReference(long seed) {
        check(Instance.generate(seed, false));
    }

    @ParameterizedTest
    @ValueSource(longs = {21, 22, 23, 24, 25, 26})
    void directedNetworksMatchTheReference(long seed) {
        check(Instance.generate(seed, true));
    }

    private static void check(Instance instance) {
        String seed = "seed " + instance.seed;
        RoadTravelTime times = RoadTravelTime.route(instance.network, instance.lon, instance.lat, instance.access,
                instance.bound);
        Reference reference = new Reference(instance);
        int n = instance.lon.length;
        assertThat(times.unsnapped()).as(seed).containsExactly(reference.unsnapped());
        assertThat(reference.unsnapped()).as(seed + ": the instance has an unsnapped commune").isNotEmpty();
        for (int i = 0; i < n; i++) {
            assertThat(times.minutes(i, i)).as(seed).isZero();
            for (int j = 0; j < n; j++) {
                double expected = reference.minutes[i][j];
                double actual = times.minutes(i, j);
                String pair = seed + ", t(" + i + ", " + j + ")";
                if (expected <= instance.bound - FLOAT) {
                    assertThat(actual).as(pair).isCloseTo(expected, within(FLOAT));
                } else if (expected > instance.bound + FLOAT) {
                    assertThat(actual).as(pair + " beyond the bound or unreachable").isEqualTo(TravelTimeModel.UNREACHED);
                }
            }
        }
        Catchment all = times.catchment(instance.bound);
        assertThat(all.isSymmetric()).as(seed).isEqualTo(!instance.directed);
        if (!instance.directed) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    assertThat(times.minutes(i, j)).as(seed + ", symmetric bit for bit").isEqualTo(times.minutes(j, i));
                }
            }
        } else {
            assertThat(reference.asymmetricPairs()).as(seed + ": the directed instance is asymmetric").isPositive();
        }
        checkTriangles(times, instance, seed);
        // Many sources: most communes have one within the table's bound; two sources: many have
        // none that close, and the unbounded search beyond the table gives theirs.
        checkNearest(times, reference, instance, seed, 0.15);
        int beyond = checkNearest(times, reference, instance, seed + " (two sources)", -2);
        assertThat(beyond).as(seed + ": communes whose nearest of two sources is beyond the bound").isPositive();
    }

    /** Every triple of the (small) random instance; those within the bound must exist and satisfy it. */
    private static void checkTriangles(RoadTravelTime times, Instance instance, String seed) {
        int n = instance.lon.length;
        int tested = 0;
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                for (int c = 0; c < n; c++) {
                    double ab = times.minutes(a, b);
                    double bc = times.minutes(b, c);
                    if (ab + bc <= instance.bound - FLOAT) {
                        tested += a != b && b != c && a != c ? 1 : 0;
                        assertThat(times.minutes(a, c)).as("%s: t(%d,%d) <= t(%d,%d) + t(%d,%d)", seed, a, c, a, b, b, c)
                                .isLessThanOrEqualTo(ab + bc + FLOAT);
                    }
                }
            }
        }
        assertThat(tested).as(seed + ": distinct triples within the bound").isGreaterThan(100);
    }

    /**
     * Checks the nearest source against the reference, within the table's float precision.
     *
     * @param share of communes drawn as sources, or minus a count of sources (e.g. -2)
     * @return the number of communes whose nearest source is beyond the table's bound
     */
    private static int checkNearest(RoadTravelTime times, Reference reference, Instance instance, String seed,
                                    double share) {
        Random random = new Random(instance.seed + 1);
        int n = instance.lon.length;
        List<Integer> chosen = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            if (share > 0 ? random.nextDouble() < share : chosen.size() < -share && random.nextDouble() < 0.1) {
                chosen.add(j);
            }
        }
        int beyond = 0;
        int[] sources = chosen.stream().mapToInt(Integer::intValue).toArray();
        double[] minutes = new double[n];
        int[] nearest = new int[n];
        times.nearest(sources, minutes, nearest);
        for (int i = 0; i < n; i++) {
            double best = TravelTimeModel.UNREACHED;
            for (int s : sources) {
                best = Math.min(best, reference.minutes[i][s]);
            }
            String what = seed + ", nearest from " + i;
            if (best == TravelTimeModel.UNREACHED) {
                assertThat(minutes[i]).as(what).isEqualTo(TravelTimeModel.UNREACHED);
                assertThat(nearest[i]).as(what).isEqualTo(-1);
            } else {
                beyond += best > instance.bound ? 1 : 0;
                assertThat(minutes[i]).as(what).isCloseTo(best, within(FLOAT));
                assertThat(sources).as(what).contains(nearest[i]);
                assertThat(reference.minutes[i][nearest[i]]).as(what).isCloseTo(best, within(FLOAT));
            }
        }
        return beyond;
    }

    /** A random network in a box of about 31 × 33 km, a two-node island, communes around. */
    record Instance(long seed, boolean directed, RoadNetwork network, double[] lon, double[] lat, AccessLeg access,
                    double bound) {

        static Instance generate(long seed, boolean directed) {
            Random random = new Random(seed);
            int nodes = 80 + random.nextInt(40);
            RoadNetwork.Builder builder = RoadNetwork.builder("random " + seed);
            double[] x = new double[nodes + 2];
            double[] y = new double[nodes + 2];
            for (int u = 0; u < nodes; u++) {
                x[u] = 2 + 0.4 * random.nextDouble();
                y[u] = 46 + 0.3 * random.nextDouble();
                builder.node(x[u], y[u]);
            }
            for (int u = 1; u < nodes; u++) {
                // a tree of links to earlier nodes, plus extra roads: a few cycles, some long detours
                link(builder, random, x, y, u, nearestEarlier(x, y, u, random.nextInt(Math.min(u, 3))), directed);
                if (random.nextDouble() < 0.5) {
                    link(builder, random, x, y, u, random.nextInt(u), directed);
                }
            }
            x[nodes] = 2.3;
            y[nodes] = 46.6;
            x[nodes + 1] = 2.31;
            y[nodes + 1] = 46.6;
            builder.node(x[nodes], y[nodes]);
            builder.node(x[nodes + 1], y[nodes + 1]);
            builder.road(nodes, nodes + 1, 1, 800, true);
            int n = 40 + random.nextInt(20);
            double[] lon = new double[n + 2];
            double[] lat = new double[n + 2];
            for (int i = 0; i < n; i++) {
                lon[i] = 2 + 0.4 * random.nextDouble();
                lat[i] = 46 + 0.3 * random.nextDouble();
                if (random.nextDouble() < 0.1 && i > 0) { // a close neighbour: direct links happen
                    lon[i] = lon[i - 1] + 0.01 * random.nextDouble();
                    lat[i] = lat[i - 1] + 0.01 * random.nextDouble();
                }
            }
            lon[n] = 2.305; // near the island only: unsnapped
            lat[n] = 46.601;
            lon[n + 1] = 3.5; // far from everything
            lat[n + 1] = 46.2;
            AccessLeg access = new AccessLeg(1 + 0.5 * random.nextDouble(), 20 + 20 * random.nextDouble(),
                    2 + 4 * random.nextDouble(), 1 + random.nextInt(3), 3 * random.nextDouble());
            return new Instance(seed, directed, builder.build(), lon, lat, access, 20 + 25 * random.nextDouble());
        }

        private static int nearestEarlier(double[] x, double[] y, int u, int rank) {
            Integer[] earlier = new Integer[u];
            for (int v = 0; v < u; v++) {
                earlier[v] = v;
            }
            Arrays.sort(earlier, (a, b) -> Double.compare(GreatCircle.haversineKm(x[u], y[u], x[a], y[a]),
                    GreatCircle.haversineKm(x[u], y[u], x[b], y[b])));
            return earlier[rank];
        }

        private static void link(RoadNetwork.Builder builder, Random random, double[] x, double[] y, int u, int v,
                                 boolean directed) {
            double km = GreatCircle.haversineKm(x[u], y[u], x[v], y[v]) * (1 + 0.4 * random.nextDouble());
            double minutes = km / (30 + 90 * random.nextDouble()) * 60;
            if (directed && random.nextDouble() < 0.4) {
                // one way each direction at different speeds, or a true one-way street
                builder.road(u, v, minutes, km * 1000, false);
                if (random.nextBoolean()) {
                    builder.road(v, u, minutes * (1 + random.nextDouble()), km * 1000, false);
                }
            } else {
                builder.road(u, v, minutes, km * 1000, true);
            }
        }
    }

    /** Brute-force snapping and Floyd–Warshall over road nodes and commune points. */
    static final class Reference {
        final double[][] minutes;
        private final List<Integer> unsnapped = new ArrayList<>();

        Reference(Instance instance) {
            RoadNetwork network = instance.network;
            int nodes = network.nodeCount();
            int n = instance.lon.length;
            int v = nodes + n;
            double[][] d = new double[v][v];
            for (double[] row : d) {
                Arrays.fill(row, Double.POSITIVE_INFINITY);
            }
            for (int u = 0; u < v; u++) {
                d[u][u] = 0;
            }
            for (int u = 0; u < nodes; u++) {
                for (int a = network.offsets()[u]; a < network.offsets()[u + 1]; a++) {
                    int w = network.heads()[a];
                    d[u][w] = Math.min(d[u][w], network.minutes()[a]);
                }
            }
            boolean[] main = mainComponent(network);
            AccessLeg leg = instance.access;
            boolean[] snapped = new boolean[n];
            for (int i = 0; i < n; i++) {
                double px = instance.lon[i];
                double py = instance.lat[i];
                Integer[] order = new Integer[nodes];
                for (int u = 0; u < nodes; u++) {
                    order[u] = u;
                }
                Arrays.sort(order, (a, b) -> Double.compare(km(network, a, px, py), km(network, b, px, py)));
                int linked = 0;
                for (int k = 0; k < nodes && linked < leg.nearestNodes(); k++) {
                    int u = order[k];
                    double km = km(network, u, px, py);
                    if (main[u] && km <= leg.maxSnapKm()) {
                        d[nodes + i][u] = Math.min(d[nodes + i][u], leg.minutes(km));
                        d[u][nodes + i] = Math.min(d[u][nodes + i], leg.minutes(km));
                        linked++;
                    }
                }
                snapped[i] = linked > 0;
                if (!snapped[i]) {
                    unsnapped.add(i);
                }
            }
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    double km = GreatCircle.haversineKm(instance.lon[i], instance.lat[i], instance.lon[j], instance.lat[j]);
                    if (i != j && snapped[i] && snapped[j] && km <= leg.directKm()) {
                        d[nodes + i][nodes + j] = Math.min(d[nodes + i][nodes + j], leg.minutes(km));
                    }
                }
            }
            for (int k = 0; k < v; k++) {
                for (int a = 0; a < v; a++) {
                    for (int b = 0; b < v; b++) {
                        if (d[a][k] + d[k][b] < d[a][b]) {
                            d[a][b] = d[a][k] + d[k][b];
                        }
                    }
                }
            }
            minutes = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    minutes[i][j] = d[nodes + i][nodes + j];
                }
            }
        }

        int[] unsnapped() {
            return unsnapped.stream().mapToInt(Integer::intValue).toArray();
        }

        int asymmetricPairs() {
            int count = 0;
            for (int i = 0; i < minutes.length; i++) {
                for (int j = 0; j < minutes.length; j++) {
                    count += Math.abs(minutes[i][j] - minutes[j][i]) > 1e-6 ? 1 : 0;
                }
            }
            return count;
        }

        private static double km(RoadNetwork network, int node, double lon, double lat) {
            return GreatCircle.haversineKm(lon, lat, network.lon(node), network.lat(node));
        }

        /** Largest weakly connected component by breadth-first search over both arc directions. */
        private static boolean[] mainComponent(RoadNetwork network) {
            int nodes = network.nodeCount();
            List<List<Integer>> neighbours = new ArrayList<>();
            for (int u = 0; u < nodes; u++) {
                neighbours.add(new ArrayList<>());
            }
            for (int u = 0; u < nodes; u++) {
                for (int a = network.offsets()[u]; a < network.offsets()[u + 1]; a++) {
                    neighbours.get(u).add(network.heads()[a]);
                    neighbours.get(network.heads()[a]).add(u);
                }
            }
            int[] label = new int[nodes];
            Arrays.fill(label, -1);
            int bestLabel = -1;
            int bestSize = 0;
            for (int s = 0, next = 0; s < nodes; s++) {
                if (label[s] >= 0) {
                    continue;
                }
                int size = 0;
                java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>(List.of(s));
                label[s] = next;
                while (!queue.isEmpty()) {
                    int u = queue.poll();
                    size++;
                    for (int w : neighbours.get(u)) {
                        if (label[w] < 0) {
                            label[w] = next;
                            queue.add(w);
                        }
                    }
                }
                if (size > bestSize) {
                    bestSize = size;
                    bestLabel = next;
                }
                next++;
            }
            boolean[] main = new boolean[nodes];
            for (int u = 0; u < nodes; u++) {
                main[u] = label[u] == bestLabel;
            }
            return main;
        }
    }
}
