package fr.oasis.accessibility.batch;

import fr.oasis.accessibility.engine.RoadComponents;
import fr.oasis.accessibility.engine.RoadNetwork;
import fr.oasis.accessibility.engine.RoadTravelTime;
import fr.oasis.accessibility.network.NetworkFileException;
import fr.oasis.accessibility.network.RoadNetworkFiles;

import java.util.Locale;

/**
 * Builds the road travel-time model of {@code apl --network}: reads the network, routes every
 * commune up to the bound, and writes what the user must know to the summary (sizes, timings,
 * the communes too far from any road, which reach only themselves).
 */
final class RoadTimes {

    private static final int CODES_LISTED = 20;

    private RoadTimes() {
    }

    static RoadTravelTime build(RoadOptions road, CommuneTable communes, StringBuilder summary) throws InputException {
        long start = System.nanoTime();
        RoadNetwork network;
        try {
            network = RoadNetworkFiles.read(road.network(), road.speeds());
        } catch (NetworkFileException e) {
            throw new InputException(e.file(), e.line(), e.field(), e.problem());
        }
        long read = System.nanoTime();
        RoadTravelTime times = RoadTravelTime.route(network, communes.lon, communes.lat, road.access(),
                road.boundMinutes());
        long routed = System.nanoTime();
        RoadComponents components = times.components();
        summary.append(String.format(Locale.ROOT, "apl: road network %s: %d nodes, %d arcs, read in %d ms; %s%n",
                road.network(), network.nodeCount(), network.arcCount(), (read - start) / 1_000_000,
                components.describe()));
        summary.append(String.format(Locale.ROOT, "apl: road table: %d pairs within %s min, routed in %d ms%n",
                times.table().pairCount(), road.boundMinutes(), (routed - read) / 1_000_000));
        int[] unsnapped = times.unsnapped();
        if (unsnapped.length > 0) {
            StringBuilder codes = new StringBuilder();
            for (int k = 0; k < Math.min(CODES_LISTED, unsnapped.length); k++) {
                codes.append(k == 0 ? "" : " ").append(communes.codes[unsnapped[k]]);
            }
            summary.append(String.format(Locale.ROOT, "apl: warning: %d communes farther than %s km from the road"
                    + " network reach only themselves: %s%s%n", unsnapped.length, road.access().maxSnapKm(), codes,
                    unsnapped.length > CODES_LISTED ? " ..." : ""));
        }
        return times;
    }
}
