package fr.oasis.accessibility.engine;

import java.util.Arrays;
import java.util.Locale;

/**
 * Travel times by road: commune reference points are linked to a {@link RoadNetwork} by an
 * {@link AccessLeg}, and {@code t_ij} is the shortest time from commune {@code i} to commune
 * {@code j} in the graph of roads plus access links ({@link RoutingGraph}): out of {@code i}'s
 * point to one of its snapped nodes, along the roads, in to {@code j}'s point — or directly
 * between two points within {@link AccessLeg#directKm()}. Being shortest paths, times satisfy
 * {@code t_ii = 0} and the triangle inequality.
 *
 * <p>Computation ({@link #route}): one Dijkstra per commune, bounded by {@code boundMinutes}
 * (the catchment limit plus a margin, so the same table serves several limits), run in
 * parallel, each thread reusing one {@link DijkstraSearch}; the result is a
 * {@link TravelTimeTable}. On an {@linkplain RoadNetwork#isUndirected() undirected} network the
 * table is made exactly symmetric — {@code t_ij = t_ji = min} of the two searches, which differ
 * only by rounding — and its catchments are flagged symmetric (the APL then gathers instead of
 * scattering). {@link #withTable} rebuilds the model from a stored table without routing.
 *
 * <p>Unsnapped communes (no node of the network's main component within
 * {@link AccessLeg#maxSnapKm()}) reach only themselves: their rows hold {@code (i, 0)} alone and
 * every other time is {@link TravelTimeModel#UNREACHED}, never 0. They are listed by
 * {@link #unsnapped()} and counted in {@link #describe()}.
 *
 * <p>Time to the nearest source ({@link #nearest}) is read from the table for every commune with
 * a source within the bound (one scan of the rows, O(pairs), times at the table's float
 * precision); only when a linked commune has none that close, one multi-source Dijkstra without
 * bound, towards the sources (on reversed arcs when the network is directed), gives the farther
 * ones (or, for up to {@link #FEW_LEFT} of them on an undirected network, one search from each
 * stopped at its nearest source). Cost: the table is O(n · k log k) for k vertices within the
 * bound; memory 8 bytes per pair.
 *
 * <p>Limits: the model is as good as the network. On a network of numbered roads only (Travel
 * Mapping), inner-city trips lack their streets and come out long; an access leg at a single
 * speed treats a village square and a city centre alike. Immutable, thread-safe.
 */
public final class RoadTravelTime implements TravelTimeModel {

    /**
     * Up to this many linked communes without a source within the table's bound, each gets its
     * own search stopped at its nearest source; beyond, one multi-source search over the whole
     * graph is cheaper.
     */
    static final int FEW_LEFT = 64;

    private final RoadNetwork network;
    private final AccessLeg access;
    private final RoadComponents components;
    private final RoadSnapping snapping;
    private final RoutingGraph towardsSources;
    private final RoutingGraph fromCommunes;
    private final TravelTimeTable table;

    private RoadTravelTime(RoadNetwork network, AccessLeg access, RoadComponents components, RoadSnapping snapping,
                           RoutingGraph towardsSources, RoutingGraph fromCommunes, TravelTimeTable table) {
        this.network = network;
        this.access = access;
        this.components = components;
        this.snapping = snapping;
        this.towardsSources = towardsSources;
        this.fromCommunes = fromCommunes;
        this.table = table;
    }

    /**
     * Snaps the points and routes every commune up to {@code boundMinutes}.
     *
     * @param lon          reference points, WGS84 degrees, index = commune (not copied)
     * @param lat          same
     * @param boundMinutes how far the table reaches, finite, {@code >= 0}: the largest catchment
     *                     limit to serve (e.g. 20 min) plus a margin (e.g. 30 in total)
     */
    public static RoadTravelTime route(RoadNetwork network, double[] lon, double[] lat, AccessLeg access,
                                       double boundMinutes) {
        if (!(boundMinutes >= 0) || Double.isInfinite(boundMinutes)) {
            throw new IllegalArgumentException("road travel time: bound must be finite and >= 0, got " + boundMinutes);
        }
        RoadComponents components = RoadComponents.of(network);
        RoadSnapping snapping = RoadSnapping.compute(network, components, lon, lat, access);
        RoutingGraph forward = RoutingGraph.build(network, snapping, false);
        RoutedRows rows = RoutedRows.route(forward, boundMinutes);
        if (network.isUndirected()) {
            rows = rows.symmetrised();
        }
        String description = describe(network, access, components, snapping, boundMinutes, network.isUndirected());
        TravelTimeTable table = new TravelTimeTable(rows.offsets(), rows.targets(), rows.minutes(), boundMinutes,
                network.isUndirected(), description, fingerprint(network, lon, lat, access, boundMinutes));
        RoutingGraph backward = network.isUndirected() ? forward : RoutingGraph.build(network, snapping, true);
        return new RoadTravelTime(network, access, components, snapping, backward, forward, table);
    }

    /**
     * The model of {@link #route} from a table it produced earlier, without routing: the points
     * are snapped again (milliseconds) for {@link #nearest}.
     *
     * @throws IllegalArgumentException if the table was computed from another network, other
     *                                  points or another access leg (its fingerprint differs)
     */
    public static RoadTravelTime withTable(RoadNetwork network, double[] lon, double[] lat, AccessLeg access,
                                           TravelTimeTable table) {
        long expected = fingerprint(network, lon, lat, access, table.boundMinutes());
        if (table.size() != lon.length || table.fingerprint() != expected) {
            throw new IllegalArgumentException("road travel time: the stored table (" + table.size()
                    + " communes) was not computed from this network, these points and this access leg");
        }
        RoadComponents components = RoadComponents.of(network);
        RoadSnapping snapping = RoadSnapping.compute(network, components, lon, lat, access);
        RoutingGraph backward = RoutingGraph.build(network, snapping, !network.isUndirected());
        RoutingGraph forward = network.isUndirected() ? backward : RoutingGraph.build(network, snapping, false);
        return new RoadTravelTime(network, access, components, snapping, backward, forward, table);
    }

    @Override
    public int size() {
        return table.size();
    }

    /** The stored form of the times (to keep per network vintage). */
    public TravelTimeTable table() {
        return table;
    }

    public double boundMinutes() {
        return table.boundMinutes();
    }

    /** {@code t_ij}, or {@link TravelTimeModel#UNREACHED} beyond the bound or without a path. */
    public double minutes(int i, int j) {
        return table.minutes(i, j);
    }

    /** Communes with no road node within the snapping distance (ascending; a copy). */
    public int[] unsnapped() {
        return snapping.unsnapped.clone();
    }

    /** The network's connected components (the small ones are never snapped to). */
    public RoadComponents components() {
        return components;
    }

    public RoadNetwork network() {
        return network;
    }

    public AccessLeg access() {
        return access;
    }

    /** @throws IllegalArgumentException beyond {@link #boundMinutes()} */
    @Override
    public Catchment catchment(double maxMinutes) {
        return table.catchment(maxMinutes);
    }

    /**
     * From the table within its bound (ties to the smaller source index); beyond it, for the
     * linked communes left, a multi-source Dijkstra from the sources, unbounded (ties to whichever
     * is settled first). Unlinked communes reach no source but themselves.
     */
    @Override
    public void nearest(int[] sources, double[] minutes, int[] nearest) {
        if (minutes.length != size() || nearest.length != size()) {
            throw new IllegalArgumentException("road travel time: nearest needs arrays of " + size() + " communes");
        }
        for (int s : sources) {
            if (s < 0 || s >= size()) {
                throw new IllegalArgumentException("road travel time: source " + s + " is not a commune index");
            }
        }
        Arrays.fill(minutes, UNREACHED);
        Arrays.fill(nearest, -1);
        if (sources.length == 0) {
            return;
        }
        boolean[] isSource = new boolean[size()];
        for (int s : sources) {
            isSource[s] = true;
        }
        int within = table.nearestWithinBound(isSource, minutes, nearest);
        int left = size() - unsnappedNotSources(isSource) - within;
        if (left == 0) {
            return; // every linked commune has a source within the bound: the table says it all
        }
        DijkstraSearch search = new DijkstraSearch(towardsSources);
        if (network.isUndirected() && left <= FEW_LEFT) {
            // A few linked communes far from every source: one search from each, stopped at the
            // first source (on an undirected network the graph towards the sources is the same).
            for (int i = 0; i < size(); i++) {
                if (nearest[i] < 0 && Arrays.binarySearch(snapping.unsnapped, i) < 0) {
                    int s = search.runToFirst(i, isSource);
                    if (s >= 0) {
                        minutes[i] = search.lastMinutes();
                        nearest[i] = s;
                    }
                }
            }
            return;
        }
        search.run(sources, sources.length, Double.POSITIVE_INFINITY);
        for (int k = 0; k < search.found(); k++) {
            int commune = search.commune(k);
            if (nearest[commune] < 0) {
                minutes[commune] = search.minutes(k);
                nearest[commune] = search.source(k);
            }
        }
    }

    /** One Dijkstra from the commune towards which times are wanted, stopped at the bound. */
    @Override
    public void towards(int source, double bound, double[] minutes) {
        if (minutes.length != size() || source < 0 || source >= size()) {
            throw new IllegalArgumentException("road travel time: towards needs a commune index and " + size()
                    + " minutes");
        }
        Arrays.fill(minutes, UNREACHED);
        DijkstraSearch search = new DijkstraSearch(towardsSources);
        search.run(new int[] {source}, 1, bound);
        for (int k = 0; k < search.found(); k++) {
            minutes[search.commune(k)] = search.minutes(k);
        }
    }

    /** One Dijkstra from each commune, stopped at the first marked commune it settles. */
    @Override
    public void nearestFrom(int[] from, boolean[] isSource, double[] minutes, int[] nearest) {
        if (isSource.length != size() || minutes.length != from.length || nearest.length != from.length) {
            throw new IllegalArgumentException("road travel time: nearestFrom needs " + size() + " source marks");
        }
        DijkstraSearch search = new DijkstraSearch(fromCommunes);
        for (int k = 0; k < from.length; k++) {
            nearest[k] = search.runToFirst(from[k], isSource);
            minutes[k] = nearest[k] < 0 ? UNREACHED : search.lastMinutes();
        }
    }

    /** Unlinked communes that are not sources: they reach no source, the table rightly finds none. */
    private int unsnappedNotSources(boolean[] isSource) {
        int count = 0;
        for (int i : snapping.unsnapped) {
            count += isSource[i] ? 0 : 1;
        }
        return count;
    }

    @Override
    public String describe() {
        return table.description();
    }

    private static String describe(RoadNetwork network, AccessLeg access, RoadComponents components,
                                   RoadSnapping snapping, double bound, boolean symmetric) {
        return String.format(Locale.ROOT, "road: %s; %s; %s; %s; table up to %s min%s",
                network.describe(), access.describe(), components.describe(), snapping.describe(access), bound,
                symmetric ? ", undirected (symmetric)" : ", directed");
    }

    /** Identifies the inputs of a table: a 64-bit mix of every number that shapes the times. */
    static long fingerprint(RoadNetwork network, double[] lon, double[] lat, AccessLeg access, double bound) {
        long h = 0x9E3779B97F4A7C15L;
        h = mix(h, network.nodeCount());
        h = mix(h, network.arcCount());
        h = mix(h, network.lons());
        h = mix(h, network.lats());
        for (int x : network.offsets()) {
            h = mix(h, x);
        }
        for (int x : network.heads()) {
            h = mix(h, x);
        }
        h = mix(h, network.minutes());
        h = mix(h, lon.length);
        h = mix(h, lon);
        h = mix(h, lat);
        h = mix(h, new double[] {access.detour(), access.speedKmh(), access.maxSnapKm(), access.nearestNodes(),
                access.directKm(), bound});
        return h;
    }

    private static long mix(long h, double[] values) {
        for (double v : values) {
            h = mix(h, Double.doubleToLongBits(v));
        }
        return h;
    }

    private static long mix(long h, long value) {
        long x = (h ^ value) * 0xBF58476D1CE4E5B9L;
        return x ^ (x >>> 31);
    }
}
