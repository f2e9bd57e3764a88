package fr.oasis.accessibility.network;

import com.graphhopper.GraphHopper;
import com.graphhopper.config.Profile;
import com.graphhopper.json.Statement;
import com.graphhopper.util.Constants;
import com.graphhopper.util.CustomModel;
import com.graphhopper.util.PMap;
import fr.oasis.accessibility.engine.RoadNetwork;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads an OpenStreetMap extract ({@code .osm.pbf}, e.g. Geofabrik's {@code lorraine-latest.osm.pbf})
 * into a {@link RoadNetwork} for cars, through GraphHopper's OSM import.
 *
 * <p>Network: GraphHopper's routing graph, whose nodes are the junctions and dead ends of the
 * roads ("tower nodes"; the shape points in between only contribute to lengths). A road open to
 * cars in both directions at the same speed is one two-way road (two arcs), a one-way road
 * ({@code oneway=yes}, as motorways are tagged; roundabouts) one arc, a road whose two directions differ
 * (e.g. {@code maxspeed:forward}) two one-way arcs. Nodes touched by no car road (footway-only
 * junctions, ways closed to cars) are dropped; disconnected pieces are kept as they are: deciding
 * what to do with islands is routing's business.
 *
 * <p>Access: GraphHopper's {@code car_access} (highway classes from {@code motorway} to
 * {@code track}, ferries, {@code access}/{@code motor_vehicle} tags, {@code oneway}, barriers;
 * {@code private}, {@code agricultural}, {@code forestry}, {@code delivery} are closed).
 *
 * <p>Speeds ({@code car_average_speed} of GraphHopper 11.0, read through
 * the profile's custom model, which is {@link #carModel()} and applies no further factor):
 * <ul>
 *   <li>where the way has a {@code maxspeed} (or {@code maxspeed:forward}/{@code :backward}) tag:
 *   90% of it, capped at 150 km/h before the 90% (GraphHopper's rule: nobody drives at the limit
 *   all the way);</li>
 *   <li>otherwise GraphHopper's default per {@code highway} class, km/h: motorway 100,
 *   motorway_link 70, trunk 70, trunk_link 65, primary 65, primary_link 60, secondary 60,
 *   secondary_link 50, tertiary 50, tertiary_link 40, unclassified 30, residential 30, service 20,
 *   road 20, track 15 (grade1 20, grade2 15, grade3 10), living_street 6, pedestrian 6;
 *   capped at 30 km/h on unpaved, gravel, cobblestone and similar surfaces.</li>
 * </ul>
 * Speeds are stored to the nearest km/h (GraphHopper's default rounds to 2 km/h; this reader
 * asks for 1). Travel time of an arc = length / speed, rounded by GraphHopper to the millisecond.
 * Lengths are haversine (sphere of radius 6,371 km) along the way's geometry after GraphHopper's
 * 0.5 m Douglas-Peucker simplification (which shortens a tight bend by at most about 0.2%).
 * No turn costs, no traffic, no urban slow-down: times are free-flow and optimistic in towns.
 *
 * <p>Resources: GraphHopper builds its graph in memory, with a temporary directory (deleted
 * afterwards, also on failure) as its location; footway, cycleway, path, steps... ways are
 * skipped on reading. Memory follows the number of road nodes: 256 MB of heap sufficed for
 * 2.25 M and 512 MB for 9 M (synthetic, measured), so about 512 MB for a département and 1 to
 * 2 GB for a région (estimates in {@code docs/architecture.md}). GraphHopper decodes the file on
 * 2 threads. Calls are independent (each has its own temporary directory) and may run
 * concurrently.
 */
public final class OsmNetworkReader {

    /** Name of GraphHopper's profile used for the import. */
    static final String PROFILE = "car";
    /** Highway classes closed to cars in GraphHopper's car access rules, skipped to save memory. */
    static final List<String> IGNORED_HIGHWAYS = List.of("footway", "cycleway", "path", "steps", "bridleway",
            "corridor", "platform", "construction", "proposed");
    /** {@code car_average_speed} stored on 8 bits to the nearest km/h (0-255). */
    static final String ENCODED_VALUES = "car_access, car_average_speed|speed_bits=8|speed_factor=1";

    private OsmNetworkReader() {
    }

    /** Reads {@code pbf} using a temporary directory under {@code java.io.tmpdir}. */
    public static RoadNetwork read(Path pbf) {
        return read(pbf, Path.of(System.getProperty("java.io.tmpdir")));
    }

    /**
     * Reads {@code pbf}.
     *
     * @param scratchParent folder in which a temporary graph directory is created and deleted
     * @throws IllegalArgumentException naming the file when it is missing, unreadable, not a PBF
     *                                  file, truncated, or holds no road open to cars
     * @throws UncheckedIOException     when the temporary directory cannot be created
     */
    public static RoadNetwork read(Path pbf, Path scratchParent) {
        PbfFraming.check(pbf);
        Path scratch;
        try {
            scratch = Files.createTempDirectory(scratchParent, "oasis-osm-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory in " + scratchParent, e);
        }
        RoadNetwork network;
        try {
            network = importInto(pbf, scratch);
        } catch (RuntimeException | Error e) {
            // the import's failure is the news; a directory left behind only adds to it
            try {
                ScratchDirectory.delete(scratch);
            } catch (UncheckedIOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
        ScratchDirectory.delete(scratch);
        return network;
    }

    private static RoadNetwork importInto(Path pbf, Path scratch) {
        Profile profile = new Profile(PROFILE).setCustomModel(carModel());
        GraphHopper hopper = new ImportOnly();
        hopper.setOSMFile(pbf.toString());
        hopper.setGraphHopperLocation(scratch.resolve("graph").toString());
        // in memory only: the graph is read once, converted, and thrown away
        hopper.setStoreOnFlush(false);
        hopper.setEncodedValuesString(ENCODED_VALUES);
        hopper.setProfiles(profile);
        // islands are kept: the routing decides what to do with them
        hopper.setMinNetworkSize(0);
        hopper.getReaderConfig().setIgnoredHighways(IGNORED_HIGHWAYS).setParseWayNames(false);
        try {
            try {
                hopper.importOrLoad();
            } catch (RuntimeException e) {
                throw PbfFraming.bad(pbf, "could not be imported by GraphHopper: " + rootMessage(e));
            }
            String description = "OpenStreetMap " + pbf.getFileName() + " (data of "
                    + dataDate(hopper) + "), car network by GraphHopper " + Constants.VERSION
                    + ": speed 90% of maxspeed where tagged, else GraphHopper's default per highway class";
            RoadNetwork network = CarGraphConverter.convert(hopper.getBaseGraph(),
                    hopper.createWeighting(profile, new PMap()), description);
            if (network.arcCount() == 0) {
                throw PbfFraming.bad(pbf, "holds no road open to cars (GraphHopper read "
                        + hopper.getBaseGraph().getEdges() + " road segment(s), all closed to cars)");
            }
            return network;
        } finally {
            hopper.close();
        }
    }

    /**
     * GraphHopper for the import alone: it skips the spatial index GraphHopper builds for snapping
     * its own route requests (time and memory spent for nothing here; snapping to the network is
     * the engine's business).
     */
    private static final class ImportOnly extends GraphHopper {
        @Override
        protected void initLocationIndex() {
            // no location index: the graph is converted, never routed by GraphHopper
        }
    }

    /**
     * GraphHopper's stock car model ({@code car.json}): no access means no arc, speed is
     * {@code car_average_speed} as is.
     */
    static CustomModel carModel() {
        return new CustomModel()
                .addToPriority(Statement.If("!car_access", Statement.Op.MULTIPLY, "0"))
                .addToSpeed(Statement.If("true", Statement.Op.LIMIT, "car_average_speed"));
    }

    private static String dataDate(GraphHopper hopper) {
        String date = hopper.getProperties().get("datareader.data.date");
        return date == null || date.isEmpty() ? "unknown date" : date;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        StringBuilder message = new StringBuilder(String.valueOf(e.getMessage()));
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
            message.append(" <- ").append(root.getMessage());
        }
        return message.toString();
    }
}
