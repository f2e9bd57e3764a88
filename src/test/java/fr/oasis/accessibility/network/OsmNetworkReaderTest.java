package fr.oasis.accessibility.network;

import fr.oasis.accessibility.engine.GreatCircle;
import fr.oasis.accessibility.engine.RoadNetwork;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static fr.oasis.accessibility.network.OsmFixture.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The fixture of {@link OsmFixture} read through GraphHopper, against times computed by hand with
 * the documented rule: minutes = haversine metres / 1000 / speed × 60, speed = 0.9 × maxspeed
 * where tagged, else GraphHopper's class default (residential 30, tertiary 50, motorway_link 70).
 */
class OsmNetworkReaderTest {

    /** GraphHopper rounds arc times to the millisecond: 1/60000 min; half of that plus slack. */
    private static final double MINUTES = 1e-5;
    /** GraphHopper stores lengths in millimetres, the network in float (7 significant digits). */
    private static final double METERS = 2e-3;
    /** 0.01° of latitude on the 6,371 km sphere, metres. */
    private static final double MERIDIAN_STEP_M = 6_371_000 * Math.toRadians(0.01);

    @TempDir
    static Path folder;
    static RoadNetwork network;

    @BeforeAll
    static void read() throws IOException {
        Path pbf = OsmFixture.write(folder.resolve("barleduc-fixture.osm.pbf"));
        network = OsmNetworkReader.read(pbf, Files.createDirectory(folder.resolve("scratch")));
    }

    @Test
    void theNetworkDispatcherReadsPbfFilesWithTheOsmReader() {
        RoadNetwork dispatched = RoadNetworkFiles.read(folder.resolve("barleduc-fixture.osm.pbf"), RoadSpeeds.DEFAULT);
        assertThat(dispatched.nodeCount()).isEqualTo(network.nodeCount());
        assertThat(dispatched.arcCount()).isEqualTo(network.arcCount());
        assertThat(dispatched.minutes()).containsExactly(network.minutes());
    }

    @Test
    void junctionsAndDeadEndsOfCarRoadsBecomeNodes() {
        // A B C D E G (main part) + X Y W (disconnected); not F (private road), not Z (footway),
        // not the shape point between E and C
        assertThat(network.nodeCount()).isEqualTo(9);
        for (double[] p : new double[][]{{A_LON, A_LAT}, {B_LON, B_LAT}, {C_LON, C_LAT}, {D_LON, D_LAT},
                {E_LON, E_LAT}, {G_LON, G_LAT}, {X_LON, X_LAT}, {Y_LON, Y_LAT}, {W_LON, W_LAT}}) {
            assertThat(find(p[0], p[1])).as("node at %s, %s", p[0], p[1]).isNotNegative();
        }
        assertThat(find(F_LON, F_LAT)).as("end of the private road").isNegative();
        assertThat(find(Z_LON, Z_LAT)).as("footway node").isNegative();
        assertThat(find(SHAPE_LON, SHAPE_LAT)).as("shape point").isNegative();
        // two-way: A-B, B-C, B-D, E-C, X-Y (2 arcs each); one-way: D->E, C->G; Y->W and W->Y
        assertThat(network.arcCount()).isEqualTo(14);
    }

    @Test
    void taggedMaxspeedIsDrivenAtNinetyPercent() {
        // A-B: 1,111.949 m at 72 km/h = 0.926624 min, both ways
        double expected = MERIDIAN_STEP_M / 1000 / 72 * 60;
        assertThat(MERIDIAN_STEP_M).isCloseTo(1111.949, within(0.001));
        assertThat(arcMinutes(A_LON, A_LAT, B_LON, B_LAT)).isCloseTo(0.926624, within(MINUTES));
        assertThat(arcMinutes(A_LON, A_LAT, B_LON, B_LAT)).isCloseTo(expected, within(MINUTES));
        assertThat(arcMinutes(B_LON, B_LAT, A_LON, A_LAT)).isCloseTo(expected, within(MINUTES));
        assertThat(arcMeters(A_LON, A_LAT, B_LON, B_LAT)).isCloseTo(MERIDIAN_STEP_M, within(METERS));
    }

    @Test
    void directionalMaxspeedsGiveTwoOneWayArcs() {
        // Y-W: 1,111.949 m, at 81 km/h northwards (0.823666 min) and 45 km/h southwards (1.482599)
        assertThat(arcMinutes(Y_LON, Y_LAT, W_LON, W_LAT)).isCloseTo(MERIDIAN_STEP_M / 1000 / 81 * 60, within(MINUTES));
        assertThat(arcMinutes(W_LON, W_LAT, Y_LON, Y_LAT)).isCloseTo(MERIDIAN_STEP_M / 1000 / 45 * 60, within(MINUTES));
    }

    @Test
    void untaggedRoadsUseTheClassDefaults() {
        // B-D residential along the 48.01° parallel: 743.895 m at 30 km/h = 1.487790 min
        double bd = GreatCircle.haversineKm(B_LON, B_LAT, D_LON, D_LAT) * 1000;
        assertThat(bd).isCloseTo(743.895, within(0.001));
        assertThat(arcMeters(B_LON, B_LAT, D_LON, D_LAT)).isCloseTo(bd, within(METERS));
        assertThat(arcMinutes(B_LON, B_LAT, D_LON, D_LAT)).isCloseTo(bd / 1000 / 30 * 60, within(MINUTES));
        // D->E tertiary: 1,111.949 m at 50 km/h = 1.334339 min
        assertThat(arcMinutes(D_LON, D_LAT, E_LON, E_LAT)).isCloseTo(MERIDIAN_STEP_M / 1000 / 50 * 60, within(MINUTES));
        // C->G motorway_link: 1,111.949 m at 70 km/h = 0.953099 min
        assertThat(arcMinutes(C_LON, C_LAT, G_LON, G_LAT)).isCloseTo(MERIDIAN_STEP_M / 1000 / 70 * 60, within(MINUTES));
    }

    @Test
    void shapePointsCountInTheLengthOfTheirRoad() {
        // E-7-C: 371.875 m + 371.875 m along the 48.02° parallel, at 30 km/h
        double ec = (GreatCircle.haversineKm(E_LON, E_LAT, SHAPE_LON, SHAPE_LAT)
                + GreatCircle.haversineKm(SHAPE_LON, SHAPE_LAT, C_LON, C_LAT)) * 1000;
        assertThat(ec).isCloseTo(743.751, within(0.001));
        assertThat(arcMeters(E_LON, E_LAT, C_LON, C_LAT)).isCloseTo(ec, within(METERS));
        assertThat(arcMinutes(C_LON, C_LAT, E_LON, E_LAT)).isCloseTo(ec / 1000 / 30 * 60, within(MINUTES));
    }

    @Test
    void oneWayRoadsHaveNoArcAgainstTheirDirection() {
        assertThat(arc(D_LON, D_LAT, E_LON, E_LAT)).isNotNegative();
        assertThat(arc(E_LON, E_LAT, D_LON, D_LAT)).as("E->D against oneway=yes").isNegative();
        assertThat(arc(C_LON, C_LAT, G_LON, G_LAT)).isNotNegative();
        assertThat(arc(G_LON, G_LAT, C_LON, C_LAT)).as("G->C against the motorway link").isNegative();
    }

    @Test
    void shortestTimesFollowTheFastRoadsAndTheOneWays() {
        double[] fromA = TestDijkstra.minutesFrom(network, find(A_LON, A_LAT));
        // A->E: A-B-C on the primary (2 × 0.926624) then C-E residential (1.487502) = 3.340750,
        // faster than A-B-D-E (0.926624 + 1.487790 + 1.334339 = 3.748754)
        assertThat(fromA[find(E_LON, E_LAT)]).isCloseTo(3.340750, within(3 * MINUTES));
        // E->D cannot take the one-way back: E-C-B-D = 1.487502 + 0.926624 + 1.487790 = 3.901916
        double[] fromE = TestDijkstra.minutesFrom(network, find(E_LON, E_LAT));
        assertThat(fromE[find(D_LON, D_LAT)]).isCloseTo(3.901916, within(3 * MINUTES));
        // G is a dead end of a one-way link: reachable, but nothing is reachable from it
        assertThat(fromA[find(G_LON, G_LAT)]).isCloseTo(2 * 0.926624 + 0.953099, within(3 * MINUTES));
        double[] fromG = TestDijkstra.minutesFrom(network, find(G_LON, G_LAT));
        assertThat(fromG[find(A_LON, A_LAT)]).isInfinite();
    }

    @Test
    void theDisconnectedWayIsPresentButUnreachable() {
        double[] fromA = TestDijkstra.minutesFrom(network, find(A_LON, A_LAT));
        assertThat(fromA[find(X_LON, X_LAT)]).isInfinite();
        assertThat(fromA[find(Y_LON, Y_LAT)]).isInfinite();
        assertThat(fromA[find(W_LON, W_LAT)]).isInfinite();
        double[] fromX = TestDijkstra.minutesFrom(network, find(X_LON, X_LAT));
        double xy = GreatCircle.haversineKm(X_LON, X_LAT, Y_LON, Y_LAT) * 1000;
        assertThat(fromX[find(Y_LON, Y_LAT)]).isCloseTo(xy / 1000 / 30 * 60, within(MINUTES));
        assertThat(fromX[find(A_LON, A_LAT)]).isInfinite();
    }

    @Test
    void twoWayRoadsTakeTheSameTimeBothWays() {
        int[] offsets = network.offsets();
        int y = find(Y_LON, Y_LAT);
        int w = find(W_LON, W_LAT);
        int twoWay = 0;
        for (int u = 0; u < network.nodeCount(); u++) {
            for (int a = offsets[u]; a < offsets[u + 1]; a++) {
                int v = network.heads()[a];
                int back = arc(v, u);
                boolean directionalSpeeds = (u == y && v == w) || (u == w && v == y);
                if (back >= 0 && !directionalSpeeds) {
                    twoWay++;
                    assertThat(network.minutes()[back]).isEqualTo(network.minutes()[a]);
                    assertThat(network.meters()[back]).isEqualTo(network.meters()[a]);
                }
            }
        }
        assertThat(twoWay).isEqualTo(10);
    }

    /** Upgrading GraphHopper fails here: check the speeds documented in OsmNetworkReader first. */
    @Test
    void theDescriptionSaysWhereAndWhenFrom() {
        assertThat(network.describe())
                .contains("barleduc-fixture.osm.pbf")
                .contains("2026-01-01")
                .contains("GraphHopper 11.0")
                .contains("90% of maxspeed");
    }

    @Test
    void theTemporaryGraphDirectoryIsDeleted() throws IOException {
        try (var left = Files.list(folder.resolve("scratch"))) {
            assertThat(left).isEmpty();
        }
    }

    private static int find(double lon, double lat) {
        for (int node = 0; node < network.nodeCount(); node++) {
            if (Math.abs(network.lon(node) - lon) < 1e-7 && Math.abs(network.lat(node) - lat) < 1e-7) {
                return node;
            }
        }
        return -1;
    }

    private static int arc(int from, int to) {
        for (int a = network.offsets()[from]; a < network.offsets()[from + 1]; a++) {
            if (network.heads()[a] == to) {
                return a;
            }
        }
        return -1;
    }

    private static int arc(double fromLon, double fromLat, double toLon, double toLat) {
        int from = find(fromLon, fromLat);
        int to = find(toLon, toLat);
        assertThat(from).as("node %s, %s", fromLon, fromLat).isNotNegative();
        assertThat(to).as("node %s, %s", toLon, toLat).isNotNegative();
        return arc(from, to);
    }

    private static double arcMinutes(double fromLon, double fromLat, double toLon, double toLat) {
        int a = arc(fromLon, fromLat, toLon, toLat);
        assertThat(a).as("arc %s,%s -> %s,%s", fromLon, fromLat, toLon, toLat).isNotNegative();
        return network.minutes()[a];
    }

    private static double arcMeters(double fromLon, double fromLat, double toLon, double toLat) {
        int a = arc(fromLon, fromLat, toLon, toLat);
        assertThat(a).as("arc %s,%s -> %s,%s", fromLon, fromLat, toLon, toLat).isNotNegative();
        return network.meters()[a];
    }
}
