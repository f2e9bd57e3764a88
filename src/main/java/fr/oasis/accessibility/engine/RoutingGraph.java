package fr.oasis.accessibility.engine;

/**
 * The graph searched by {@link RoadTravelTime}: the road nodes {@code 0..roadNodes-1} and one
 * vertex per commune ({@code roadNodes + i}), with the road arcs, the access-leg links between a
 * commune and its snapped nodes (both directions, same time) and the direct links between close
 * communes. Shortest paths in it are the model's times, so they form a metric: {@code t_ii = 0}
 * and the triangle inequality hold by construction. A path may pass through a commune vertex
 * (its local streets), never faster than the access leg allows.
 *
 * <p>Compressed rows of outgoing arcs; {@link #reverse} flips the road arcs for searches
 * towards a set of destinations on a directed network. Immutable, thread-safe for reading.
 */
final class RoutingGraph {

    final int roadNodes;
    final int communes;
    final int[] offsets;
    final int[] heads;
    final double[] minutes;

    private RoutingGraph(int roadNodes, int communes, int[] offsets, int[] heads, double[] minutes) {
        this.roadNodes = roadNodes;
        this.communes = communes;
        this.offsets = offsets;
        this.heads = heads;
        this.minutes = minutes;
    }

    /** @param reverse true to flip every road arc (links are symmetric and stay as they are) */
    static RoutingGraph build(RoadNetwork network, RoadSnapping snapping, boolean reverse) {
        int roadNodes = network.nodeCount();
        int n = snapping.nodeOffsets.length - 1;
        int vertices = roadNodes + n;
        int[] roadOffsets = network.offsets();
        int[] roadHeads = network.heads();
        double[] roadMinutes = network.minutes();
        int links = snapping.nodes.length;
        int arcs = roadHeads.length + 2 * links + snapping.directTargets.length;
        int[] tails = new int[arcs];
        int[] heads = new int[arcs];
        double[] minutes = new double[arcs];
        int a = 0;
        for (int u = 0; u < roadNodes; u++) {
            for (int p = roadOffsets[u]; p < roadOffsets[u + 1]; p++, a++) {
                tails[a] = reverse ? roadHeads[p] : u;
                heads[a] = reverse ? u : roadHeads[p];
                minutes[a] = roadMinutes[p];
            }
        }
        for (int i = 0; i < n; i++) {
            for (int p = snapping.nodeOffsets[i]; p < snapping.nodeOffsets[i + 1]; p++) {
                tails[a] = roadNodes + i;
                heads[a] = snapping.nodes[p];
                minutes[a++] = snapping.nodeMinutes[p];
                tails[a] = snapping.nodes[p];
                heads[a] = roadNodes + i;
                minutes[a++] = snapping.nodeMinutes[p];
            }
            for (int p = snapping.directOffsets[i]; p < snapping.directOffsets[i + 1]; p++) {
                tails[a] = roadNodes + i;
                heads[a] = roadNodes + snapping.directTargets[p];
                minutes[a++] = snapping.directMinutes[p];
            }
        }
        int[] offsets = new int[vertices + 1];
        for (int k = 0; k < arcs; k++) {
            offsets[tails[k] + 1]++;
        }
        for (int v = 0; v < vertices; v++) {
            offsets[v + 1] += offsets[v];
        }
        int[] next = java.util.Arrays.copyOf(offsets, vertices);
        int[] sortedHeads = new int[arcs];
        double[] sortedMinutes = new double[arcs];
        for (int k = 0; k < arcs; k++) {
            int slot = next[tails[k]]++;
            sortedHeads[slot] = heads[k];
            sortedMinutes[slot] = minutes[k];
        }
        return new RoutingGraph(roadNodes, n, offsets, sortedHeads, sortedMinutes);
    }

    int vertexCount() {
        return roadNodes + communes;
    }

    int vertexOf(int commune) {
        return roadNodes + commune;
    }
}
