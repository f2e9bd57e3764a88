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
 * Memory: 32 bytes per vertex. Not thread-safe: one instance per thread.
 */
final class DijkstraSearch {

    private static final int NEW = -1;
    private static final int SETTLED = -2;

    private final RoutingGraph graph;
    private final double[] time;
    private final int[] source;
    private final int[] slot;
    private final int[] heap;
    /** The time of each heap entry, beside it: sifting compares neighbours in memory, not scattered vertices. */
    private final double[] heapTime;
    private final int[] touched;
    private int heapSize;
    private int touchedCount;

    private int found;
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
        heapTime = new double[vertices];
        touched = new int[vertices];
        Arrays.fill(time, Double.POSITIVE_INFINITY);
        Arrays.fill(slot, NEW);
    }

    /**
     * Runs from the given communes (indices, not vertices), every path at most {@code bound}
     * minutes ({@code +inf} for no bound). Results: {@link #found()} and the arrays below.
     */
    void run(int[] communes, int count, double bound) {
        run(communes, count, bound, null);
    }

    /**
     * From one commune until the first commune marked in {@code targets} is settled (the nearest
     * one, recorded last), or the graph is exhausted: returns that commune, or -1.
     */
    int runToFirst(int commune, boolean[] targets) {
        run(new int[] {commune}, 1, Double.POSITIVE_INFINITY, targets);
        return found > 0 && targets[foundCommunes[found - 1]] ? foundCommunes[found - 1] : -1;
    }

    /** Time of the last commune recorded by the last run. */
    double lastMinutes() {
        return foundMinutes[found - 1];
    }

    private void run(int[] communes, int count, double bound, boolean[] stopAt) {
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
                    return;
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
                    siftUp(slot[w], w, tw);
                }
            }
        }
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
        siftUp(heapSize++, v, t);
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
            siftDown(last, heapTime[heapSize]);
        }
        return top;
    }

    /** Moves vertex {@code v} with time {@code t} up from {@code at} to its place. */
    private void siftUp(int at, int v, double t) {
        while (at > 0) {
            int parent = (at - 1) >>> 1;
            double tp = heapTime[parent];
            if (tp <= t) {
                break;
            }
            int p = heap[parent];
            heap[at] = p;
            heapTime[at] = tp;
            slot[p] = at;
            at = parent;
        }
        heap[at] = v;
        heapTime[at] = t;
        slot[v] = at;
    }

    /** Puts vertex {@code v} with time {@code t} at the root and moves it down to its place. */
    private void siftDown(int v, double t) {
        int at = 0;
        int half = heapSize >>> 1;
        while (at < half) {
            int child = 2 * at + 1;
            double tc = heapTime[child];
            int right = child + 1;
            if (right < heapSize && heapTime[right] < tc) {
                child = right;
                tc = heapTime[right];
            }
            if (t <= tc) {
                break;
            }
            int c = heap[child];
            heap[at] = c;
            heapTime[at] = tc;
            slot[c] = at;
            at = child;
        }
        heap[at] = v;
        heapTime[at] = t;
        slot[v] = at;
    }
}
