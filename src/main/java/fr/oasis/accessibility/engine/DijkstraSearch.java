package fr.oasis.accessibility.engine;

import java.util.Arrays;

/**
 * Dijkstra's shortest paths on a {@link RoutingGraph} from one or several commune vertices
 * (all at time 0), up to a bound, with a binary heap with decrease-key on primitive arrays.
 * Each settled commune vertex is recorded with its time and the source its path starts from,
 * in order of increasing time.
 *
 * <p>Reusable: the arrays are sized once for the graph and only the entries a search touched are
 * reset, so a search costs O(k log k) for the k vertices within the bound, not O(vertices).
 * Memory: 24 bytes per vertex. Not thread-safe: one instance per thread.
 */
final class DijkstraSearch {

    private static final int NEW = -1;
    private static final int SETTLED = -2;

    private final RoutingGraph graph;
    private final double[] time;
    private final int[] source;
    private final int[] slot;
    private final int[] heap;
    private final int[] touched;
    private int heapSize;
    private int touchedCount;

    private int found;
    /** When set, a run stops at the first commune vertex settled whose flag is true. */
    private boolean[] stopAt;
    private int[] foundCommunes = new int[256];
    private double[] foundMinutes = new double[256];
    private int[] foundSources = new int[256];

    DijkstraSearch(RoutingGraph graph) {
        this.graph = graph;
        int vertices = graph.vertexCount();
        time = new double[vertices];
        source = new int[vertices];
        slot = new int[vertices];
        heap = new int[vertices];
        touched = new int[vertices];
        Arrays.fill(time, Double.POSITIVE_INFINITY);
        Arrays.fill(slot, NEW);
    }

    /**
     * Runs from the given communes (indices, not vertices), every path at most {@code bound}
     * minutes ({@code +inf} for no bound). Results: {@link #found()} and the arrays below.
     */
    void run(int[] communes, int count, double bound) {
        reset();
        for (int k = 0; k < count; k++) {
            int v = graph.vertexOf(communes[k]);
            if (slot[v] == NEW) {
                touch(v, 0.0, communes[k]);
            }
        }
        int roadNodes = graph.roadNodes;
        int[] offsets = graph.offsets;
        int[] heads = graph.heads;
        double[] minutes = graph.minutes;
        while (heapSize > 0) {
            int v = pop();
            double t = time[v];
            if (v >= roadNodes) {
                record(v - roadNodes, t, source[v]);
                if (stopAt != null && stopAt[v - roadNodes]) {
                    heapSize = 0; // the touched entries are cleared by the next reset
                    break;
                }
            }
            for (int a = offsets[v]; a < offsets[v + 1]; a++) {
                int w = heads[a];
                double tw = t + minutes[a];
                if (tw > bound || slot[w] == SETTLED) {
                    continue;
                }
                if (slot[w] == NEW) {
                    touch(w, tw, source[v]);
                } else if (tw < time[w]) {
                    time[w] = tw;
                    source[w] = source[v];
                    siftUp(slot[w]);
                }
            }
        }
    }

    /**
     * From one commune until the first commune of {@code targets} is settled (the nearest of
     * them along the graph's arcs): its index, or -1 when none can be reached; the time is then
     * {@code minutes(found() - 1)}. Costs the vertices nearer than that target only.
     */
    int nearestOf(int commune, boolean[] targets) {
        stopAt = targets;
        try {
            run(new int[] {commune}, 1, Double.POSITIVE_INFINITY);
        } finally {
            stopAt = null;
        }
        int last = found - 1;
        return last >= 0 && targets[foundCommunes[last]] ? foundCommunes[last] : -1;
    }

    /** Number of communes reached by the last run. */
    int found() {
        return found;
    }

    /** Commune reached, {@code 0..found()-1}, by increasing time. */
    int commune(int k) {
        return foundCommunes[k];
    }

    double minutes(int k) {
        return foundMinutes[k];
    }

    /** The source commune of the shortest path to {@link #commune(int) commune k}. */
    int source(int k) {
        return foundSources[k];
    }

    private void reset() {
        for (int k = 0; k < touchedCount; k++) {
            int v = touched[k];
            time[v] = Double.POSITIVE_INFINITY;
            slot[v] = NEW;
        }
        touchedCount = 0;
        heapSize = 0;
        found = 0;
    }

    private void touch(int v, double t, int from) {
        touched[touchedCount++] = v;
        time[v] = t;
        source[v] = from;
        heap[heapSize] = v;
        slot[v] = heapSize;
        siftUp(heapSize++);
    }

    private void record(int commune, double t, int from) {
        if (found == foundCommunes.length) {
            foundCommunes = Arrays.copyOf(foundCommunes, found * 2);
            foundMinutes = Arrays.copyOf(foundMinutes, found * 2);
            foundSources = Arrays.copyOf(foundSources, found * 2);
        }
        foundCommunes[found] = commune;
        foundMinutes[found] = t;
        foundSources[found++] = from;
    }

    private int pop() {
        int top = heap[0];
        slot[top] = SETTLED;
        int last = heap[--heapSize];
        if (heapSize > 0) {
            heap[0] = last;
            slot[last] = 0;
            siftDown(0);
        }
        return top;
    }

    private void siftUp(int at) {
        int v = heap[at];
        double t = time[v];
        while (at > 0) {
            int parent = (at - 1) >>> 1;
            int p = heap[parent];
            if (time[p] <= t) {
                break;
            }
            heap[at] = p;
            slot[p] = at;
            at = parent;
        }
        heap[at] = v;
        slot[v] = at;
    }

    private void siftDown(int at) {
        int v = heap[at];
        double t = time[v];
        int half = heapSize >>> 1;
        while (at < half) {
            int child = 2 * at + 1;
            int c = heap[child];
            int right = child + 1;
            if (right < heapSize && time[heap[right]] < time[c]) {
                child = right;
                c = heap[child];
            }
            if (t <= time[c]) {
                break;
            }
            heap[at] = c;
            slot[c] = at;
            at = child;
        }
        heap[at] = v;
        slot[v] = at;
    }
}
