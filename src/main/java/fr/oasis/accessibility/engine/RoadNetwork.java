package fr.oasis.accessibility.engine;

import java.util.Arrays;

/**
 * A road graph for routing: nodes at WGS84 positions and directed arcs carrying a travel time
 * (minutes) and a length (metres), stored as compressed sparse rows of outgoing arcs.
 *
 * <p>Sources (OpenStreetMap through GraphHopper, the Travel Mapping "nodes + edges" CSV, a test
 * fixture) turn their roads into arcs with their own speed rules and hand them to a
 * {@link Builder}; routing ({@code RoadTravelTime}) never needs to know where a network came
 * from. A two-way road is two arcs. Times and lengths are finite and non-negative; node
 * positions are finite lon/lat.
 *
 * <p>Immutable by convention: the array accessors return internal arrays without copying, for hot
 * loops; callers must not modify them. Thread-safe for reading. Memory: 16 bytes per node,
 * 20 bytes per arc.
 */
public final class RoadNetwork {

    private final double[] lon;
    private final double[] lat;
    private final int[] offsets;
    private final int[] heads;
    private final double[] minutes;
    private final float[] meters;
    private final String description;
    private final boolean undirected;

    private RoadNetwork(double[] lon, double[] lat, int[] offsets, int[] heads, double[] minutes, float[] meters,
                        String description) {
        this.lon = lon;
        this.lat = lat;
        this.offsets = offsets;
        this.heads = heads;
        this.minutes = minutes;
        this.meters = meters;
        this.description = description;
        this.undirected = everyArcHasItsReverse();
    }

    /** @param description where the network comes from and how speeds were set, for explanations */
    public static Builder builder(String description) {
        return new Builder(description);
    }

    public int nodeCount() {
        return lon.length;
    }

    public int arcCount() {
        return heads.length;
    }

    public double lon(int node) {
        return lon[node];
    }

    public double lat(int node) {
        return lat[node];
    }

    /** Node longitudes (internal array). */
    public double[] lons() {
        return lon;
    }

    /** Node latitudes (internal array). */
    public double[] lats() {
        return lat;
    }

    /** Outgoing arcs of node {@code u} are {@code offsets[u] .. offsets[u+1]-1} (internal array). */
    public int[] offsets() {
        return offsets;
    }

    /** Head (target node) of each arc (internal array). */
    public int[] heads() {
        return heads;
    }

    /** Travel time of each arc, minutes (internal array). */
    public double[] minutes() {
        return minutes;
    }

    /** Length of each arc, metres (internal array). */
    public float[] meters() {
        return meters;
    }

    public String describe() {
        return description;
    }

    /** The same network (arrays shared) with another description, e.g. once a reader knows its counts. */
    public RoadNetwork describedAs(String newDescription) {
        return new RoadNetwork(lon, lat, offsets, heads, minutes, meters, newDescription);
    }

    /**
     * True when every arc {@code u -> v} has an arc {@code v -> u} with the very same time: then
     * shortest times are symmetric, and routing may compute one direction and mirror it.
     */
    public boolean isUndirected() {
        return undirected;
    }

    /** O(arcs × degree), degrees of road nodes being small. */
    private boolean everyArcHasItsReverse() {
        for (int u = 0; u < lon.length; u++) {
            for (int a = offsets[u]; a < offsets[u + 1]; a++) {
                int v = heads[a];
                boolean found = false;
                for (int b = offsets[v]; b < offsets[v + 1] && !found; b++) {
                    found = heads[b] == u && minutes[b] == minutes[a];
                }
                if (!found) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Collects nodes and arcs; arcs may be added in any order. Not thread-safe. */
    public static final class Builder {
        private final String description;
        private double[] lon = new double[1024];
        private double[] lat = new double[1024];
        private int nodes;
        private int[] tails = new int[2048];
        private int[] heads = new int[2048];
        private double[] minutes = new double[2048];
        private float[] meters = new float[2048];
        private int arcs;

        private Builder(String description) {
            this.description = description;
        }

        /** Adds a node and returns its index (0, 1, 2... in call order). */
        public int node(double longitude, double latitude) {
            if (!Double.isFinite(longitude) || !Double.isFinite(latitude)
                    || Math.abs(longitude) > 180 || Math.abs(latitude) > 90) {
                throw new IllegalArgumentException("road network: node " + nodes + " has no valid lon/lat ("
                        + longitude + ", " + latitude + ")");
            }
            if (nodes == lon.length) {
                lon = Arrays.copyOf(lon, nodes * 2);
                lat = Arrays.copyOf(lat, nodes * 2);
            }
            lon[nodes] = longitude;
            lat[nodes] = latitude;
            return nodes++;
        }

        public int nodeCount() {
            return nodes;
        }

        /**
         * Adds a road between two known nodes.
         *
         * @param travelMinutes time to drive it, finite and {@code >= 0}
         * @param lengthMeters  its length, finite and {@code >= 0}
         * @param bothWays      true for a two-way road (two arcs), false for one way {@code from -> to}
         */
        public Builder road(int from, int to, double travelMinutes, double lengthMeters, boolean bothWays) {
            if (from < 0 || from >= nodes || to < 0 || to >= nodes) {
                throw new IllegalArgumentException("road network: road " + from + " -> " + to
                        + " refers to a node that does not exist (" + nodes + " nodes)");
            }
            if (!(travelMinutes >= 0) || Double.isInfinite(travelMinutes)
                    || !(lengthMeters >= 0) || Double.isInfinite(lengthMeters)) {
                throw new IllegalArgumentException("road network: road " + from + " -> " + to
                        + " needs finite, non-negative time and length, got " + travelMinutes + " min, "
                        + lengthMeters + " m");
            }
            arc(from, to, travelMinutes, lengthMeters);
            if (bothWays) {
                arc(to, from, travelMinutes, lengthMeters);
            }
            return this;
        }

        private void arc(int from, int to, double travelMinutes, double lengthMeters) {
            if (arcs == tails.length) {
                tails = Arrays.copyOf(tails, arcs * 2);
                heads = Arrays.copyOf(heads, arcs * 2);
                minutes = Arrays.copyOf(minutes, arcs * 2);
                meters = Arrays.copyOf(meters, arcs * 2);
            }
            tails[arcs] = from;
            heads[arcs] = to;
            minutes[arcs] = travelMinutes;
            meters[arcs] = (float) lengthMeters;
            arcs++;
        }

        public RoadNetwork build() {
            int[] offsets = new int[nodes + 1];
            for (int a = 0; a < arcs; a++) {
                offsets[tails[a] + 1]++;
            }
            for (int u = 0; u < nodes; u++) {
                offsets[u + 1] += offsets[u];
            }
            int[] next = Arrays.copyOf(offsets, nodes);
            int[] sortedHeads = new int[arcs];
            double[] sortedMinutes = new double[arcs];
            float[] sortedMeters = new float[arcs];
            for (int a = 0; a < arcs; a++) {
                int slot = next[tails[a]]++;
                sortedHeads[slot] = heads[a];
                sortedMinutes[slot] = minutes[a];
                sortedMeters[slot] = meters[a];
            }
            return new RoadNetwork(Arrays.copyOf(lon, nodes), Arrays.copyOf(lat, nodes), offsets, sortedHeads,
                    sortedMinutes, sortedMeters, description);
        }
    }
}
