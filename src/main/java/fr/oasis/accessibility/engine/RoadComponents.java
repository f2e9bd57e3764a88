package fr.oasis.accessibility.engine;

/**
 * The connected components of a {@link RoadNetwork}, arcs read as undirected (weak
 * connectivity): a label per node, the size of each component and the main (largest) one.
 *
 * <p>Why: a network cut from a larger one keeps small islands (a few nodes of a road whose
 * links to the rest fell outside the extract). Snapping a commune to such an island would make
 * it unreachable from everywhere; {@link RoadTravelTime} snaps to the main component only and
 * reports the rest. Weak connectivity is what matters for an undirected network; for a directed
 * one a one-way dead end stays in the main component (a known limit).
 *
 * <p>Union-find with path halving: O(arcs · α). Immutable, thread-safe.
 */
public final class RoadComponents {

    private final int[] label;
    private final int[] sizes;
    private final int main;

    private RoadComponents(int[] label, int[] sizes, int main) {
        this.label = label;
        this.sizes = sizes;
        this.main = main;
    }

    public static RoadComponents of(RoadNetwork network) {
        int n = network.nodeCount();
        int[] parent = new int[n];
        for (int u = 0; u < n; u++) {
            parent[u] = u;
        }
        int[] offsets = network.offsets();
        int[] heads = network.heads();
        for (int u = 0; u < n; u++) {
            for (int a = offsets[u]; a < offsets[u + 1]; a++) {
                int ru = root(parent, u);
                int rv = root(parent, heads[a]);
                if (ru != rv) {
                    parent[Math.max(ru, rv)] = Math.min(ru, rv); // the smaller index stays root: deterministic labels
                }
            }
        }
        int[] label = new int[n];
        int[] labelOfRoot = new int[n];
        java.util.Arrays.fill(labelOfRoot, -1);
        int count = 0;
        for (int u = 0; u < n; u++) {
            int r = root(parent, u);
            if (labelOfRoot[r] < 0) {
                labelOfRoot[r] = count++;
            }
            label[u] = labelOfRoot[r];
        }
        int[] sizes = new int[count];
        for (int u = 0; u < n; u++) {
            sizes[label[u]]++;
        }
        int main = -1;
        for (int c = 0; c < count; c++) {
            if (main < 0 || sizes[c] > sizes[main]) {
                main = c;
            }
        }
        return new RoadComponents(label, sizes, main);
    }

    private static int root(int[] parent, int u) {
        while (parent[u] != u) {
            parent[u] = parent[parent[u]];
            u = parent[u];
        }
        return u;
    }

    /** Number of components, isolated nodes included. */
    public int count() {
        return sizes.length;
    }

    /** Component of a node, {@code 0..count()-1}. */
    public int label(int node) {
        return label[node];
    }

    /** Label of the largest component (the first one on ties), or -1 for an empty network. */
    public int main() {
        return main;
    }

    public boolean inMain(int node) {
        return label[node] == main;
    }

    public int mainSize() {
        return main < 0 ? 0 : sizes[main];
    }

    /** Nodes outside the main component: they are never snapped to. */
    public int nodesOutsideMain() {
        return label.length - mainSize();
    }

    /** One line for explanations, e.g. "36075 of 36098 nodes in the main component, 11 islands (23 nodes) left out". */
    public String describe() {
        return mainSize() + " of " + label.length + " nodes in the main component, " + Math.max(0, count() - 1)
                + " islands (" + nodesOutsideMain() + " nodes) left out";
    }
}
