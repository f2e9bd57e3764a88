package fr.oasis.accessibility.network;

import fr.oasis.accessibility.engine.RoadNetwork;

import java.util.Arrays;
import java.util.PriorityQueue;

/**
 * Textbook Dijkstra over a {@link RoadNetwork}'s arcs, for checking shortest travel times in
 * tests (the engine's routing lands separately and is tested on its own).
 */
final class TestDijkstra {

    private TestDijkstra() {
    }

    /** Minutes from {@code source} to every node; {@code +Infinity} where unreachable. */
    static double[] minutesFrom(RoadNetwork network, int source) {
        double[] best = new double[network.nodeCount()];
        Arrays.fill(best, Double.POSITIVE_INFINITY);
        best[source] = 0;
        PriorityQueue<double[]> queue = new PriorityQueue<>((x, y) -> Double.compare(x[0], y[0]));
        queue.add(new double[]{0, source});
        int[] offsets = network.offsets();
        while (!queue.isEmpty()) {
            double[] head = queue.poll();
            int u = (int) head[1];
            if (head[0] > best[u]) {
                continue;
            }
            for (int arc = offsets[u]; arc < offsets[u + 1]; arc++) {
                int v = network.heads()[arc];
                double t = best[u] + network.minutes()[arc];
                if (t < best[v]) {
                    best[v] = t;
                    queue.add(new double[]{t, v});
                }
            }
        }
        return best;
    }
}
