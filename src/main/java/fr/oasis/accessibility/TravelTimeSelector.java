package fr.oasis.accessibility;

import fr.oasis.accessibility.engine.AccessLeg;
import fr.oasis.accessibility.engine.CrowFlyTravelTime;
import fr.oasis.accessibility.engine.RoadNetwork;
import fr.oasis.accessibility.engine.RoadTravelTime;
import fr.oasis.accessibility.engine.TravelTimeTable;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Chooses the travel times of the accessibility model ({@code oasis.accessibility.travel-time}):
 * <ul>
 *   <li>{@code crow-fly}: always crow-fly;</li>
 *   <li>{@code road}: by road on the latest stored network (crow-fly, said so, when none is stored);</li>
 *   <li>{@code auto}: by road when the latest network links at least half of the communes to
 *       its roads, otherwise crow-fly with the reason (a demonstration network left beside real
 *       communes must not turn every time into "unreached").</li>
 * </ul>
 * Routing every commune costs seconds on a région, so the table is stored per network vintage
 * and <em>signature</em> (commune codes and points, access leg, bound): a restart, or a new
 * practitioner import, reads it back instead of routing again. A stored table that cannot be
 * read (damaged, older format) is routed again and replaced. Thread-safe.
 */
@Component
class TravelTimeSelector {
    private static final Logger LOG = LoggerFactory.getLogger(TravelTimeSelector.class);
    /** In {@code auto}, the share of communes a network must link to its roads to be used. */
    static final double AUTO_MIN_SNAPPED_SHARE = 0.5;
    /** Bumped when the signature's content changes, so older tables are routed again. */
    private static final int SIGNATURE_VERSION = 1;

    private final AccessibilitySettings settings;
    private final RoadNetworkStore store;
    private final AtomicLong routings = new AtomicLong();

    TravelTimeSelector(AccessibilitySettings settings, RoadNetworkStore store) {
        this.settings = settings;
        this.store = store;
    }

    /** How many tables this instance routed (the others were read back): for tests and logs. */
    long routings() {
        return routings.get();
    }

    TravelTimes select(String[] codes, double[] lon, double[] lat) {
        CrowFlyTravelTime crowFly = new CrowFlyTravelTime(lon, lat, settings.detour(), settings.speedKmh());
        if (settings.travelTime().equals("crow-fly")) {
            return crowFly(crowFly, "");
        }
        Optional<RoadNetworkView> latest = store.latest();
        if (latest.isEmpty()) {
            return crowFly(crowFly, "; no road network stored");
        }
        RoadNetworkView network = latest.get();
        RoadTravelTime road = road(network, codes, lon, lat);
        List<String> unsnapped = new ArrayList<>();
        for (int i : road.unsnapped()) {
            unsnapped.add(codes[i]);
        }
        int snapped = codes.length - unsnapped.size();
        if (settings.travelTime().equals("auto") && snapped < AUTO_MIN_SNAPPED_SHARE * codes.length) {
            LOG.warn("Road network '{}' links only {} of {} communes: crow-fly travel times are used", network.label(),
                    snapped, codes.length);
            return crowFly(crowFly, "; road network '" + network.label() + "' (" + network.millesime()
                    + ") not used: it links only " + snapped + " of " + codes.length + " communes");
        }
        if (!unsnapped.isEmpty()) {
            LOG.warn("{} communes are not linked to the road network '{}' (no road within {} km): {}",
                    unsnapped.size(), network.label(), settings.road().maxSnapKm(), unsnapped);
        }
        String description = String.format(Locale.ROOT, "road: %s (millésime %d); %s", network.label(),
                network.millesime(), road.describe());
        return new TravelTimes(TravelTimes.Kind.ROAD, road, network, unsnapped, description);
    }

    private static TravelTimes crowFly(CrowFlyTravelTime model, String why) {
        return new TravelTimes(TravelTimes.Kind.CROW_FLY, model, null, List.of(), model.describe() + why);
    }

    /** The stored table of this network and signature if there is a readable one, else routes and stores. */
    private RoadTravelTime road(RoadNetworkView view, String[] codes, double[] lon, double[] lat) {
        long t0 = System.nanoTime();
        RoadNetwork network = store.graph(view.id());
        AccessLeg access = settings.road().accessLeg();
        double bound = settings.road().boundMinutes();
        String signature = signature(codes, lon, lat, access, bound);
        long t1 = System.nanoTime();
        Optional<RoadNetworkStore.StoredTable> stored = store.table(view.id(), signature);
        if (stored.isPresent()) {
            try {
                TravelTimeTable table = TravelTimeTable.read(new ByteArrayInputStream(stored.get().times()));
                RoadTravelTime road = RoadTravelTime.withTable(network, lon, lat, access, table);
                LOG.info("Road travel times: network '{}' read in {} ms, stored table of {} (routed {}) read in {} ms",
                        view.label(), (t1 - t0) / 1_000_000, table.pairCount() + " pairs", stored.get().computedAt(),
                        (System.nanoTime() - t1) / 1_000_000);
                return road;
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("Stored travel-time table of network '{}' not usable ({}): routing again", view.label(),
                        e.getMessage());
            }
        }
        RoadTravelTime road = RoadTravelTime.route(network, lon, lat, access, bound);
        routings.incrementAndGet();
        long t2 = System.nanoTime();
        byte[] bytes = write(road.table());
        store.storeTable(view.id(), signature, codes.length, road.table().pairCount(), bound, bytes);
        LOG.info("Road travel times: network '{}' read in {} ms, {} communes routed up to {} min in {} ms ({} pairs,"
                        + " {} unsnapped), table stored ({} kB) in {} ms", view.label(), (t1 - t0) / 1_000_000,
                codes.length, bound, (t2 - t1) / 1_000_000, road.table().pairCount(), road.unsnapped().length,
                bytes.length / 1024, (System.nanoTime() - t2) / 1_000_000);
        return road;
    }

    private static byte[] write(TravelTimeTable table) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(Math.max(1024, table.pairCount() * 6));
        try {
            table.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the travel-time table", e); // in memory: does not happen
        }
        return bytes.toByteArray();
    }

    /** SHA-256 of everything the table depends on besides the network itself (whose id keys the row). */
    static String signature(String[] codes, double[] lon, double[] lat, AccessLeg access, double bound) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            ByteBuffer numbers = ByteBuffer.allocate(20);
            digest.update(numbers.putInt(SIGNATURE_VERSION).putInt(codes.length).array(), 0, 8);
            for (int i = 0; i < codes.length; i++) {
                byte[] code = codes[i].getBytes(StandardCharsets.UTF_8);
                digest.update(numbers.clear().putInt(code.length).putDouble(lon[i]).putDouble(lat[i]).array());
                digest.update(code);
            }
            digest.update((access + "|" + bound).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
