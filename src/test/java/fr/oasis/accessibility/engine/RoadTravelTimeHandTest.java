package fr.oasis.accessibility.engine;

import fr.oasis.accessibility.network.RoadSpeeds;
import fr.oasis.accessibility.network.TravelMappingReader;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Times computed by hand on the fixture of {@code src/test/resources/network/fixture} (drawing and
 * edge times in its README), with an access leg of 1 minute per crow-fly km (detour 1, 60 km/h),
 * the 2 nearest nodes within 3 km. A degree of latitude is {@code 6371 π / 180 = 111.19493} km.
 *
 * <pre>
 *   0 A at node 10            1 B 0.01° N of node 12 (access 1.1119493 min)
 *   2 C at node 14            3 D 0.02° N of node 14 (access 2.2238985 min)
 *   4 U far from every road   5 I 0.005° N of island node 20, not in the main component
 *   A-B = 6 + 6 + 1.1119493 = 13.1119493     A-C = 6 + 6 + 7 = 19 (not 10 + 10 + 7 = 27)
 *   A-D = 19 + 2.2238985    = 21.2238985     B-C = 1.1119493 + 7 = 8.1119493
 *   B-D = 8.1119493 + 2.2238985 = 10.3358478 C-D = 2.2238985
 * </pre>
 */
class RoadTravelTimeHandTest {

    static final Path FIXTURE = Path.of("src/test/resources/network/fixture");
    static final RoadSpeeds SPEEDS = RoadSpeeds.parse("1:60:1.2,5:30:1.25");
    static final AccessLeg ACCESS = new AccessLeg(1.0, 60, 3, 2, 1.0);
    static final double[] LON = {5.00, 5.20, 5.30, 5.30, 7.0, 6.00};
    static final double[] LAT = {48.00, 48.01, 48.10, 48.12, 47.0, 49.005};
    private static final double KM_PER_DEGREE = 6371 * Math.PI / 180;
    private static final double B_ACCESS = 0.01 * KM_PER_DEGREE;
    private static final double D_ACCESS = 0.02 * KM_PER_DEGREE;
    private static final double FLOAT = 1e-5;

    static RoadNetwork fixture() {
        return TravelMappingReader.read(FIXTURE, SPEEDS);
    }

    @Test
    void timesAreTheHandComputedOnes() {
        RoadTravelTime times = RoadTravelTime.route(fixture(), LON, LAT, ACCESS, 30);
        double[][] expected = {
                {0, 12 + B_ACCESS, 19, 19 + D_ACCESS},
                {12 + B_ACCESS, 0, 7 + B_ACCESS, 7 + B_ACCESS + D_ACCESS},
                {19, 7 + B_ACCESS, 0, D_ACCESS},
                {19 + D_ACCESS, 7 + B_ACCESS + D_ACCESS, D_ACCESS, 0}};
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                assertThat(times.minutes(i, j)).as("t(%d, %d)", i, j).isCloseTo(expected[i][j], within(FLOAT));
            }
        }
        assertThat(times.table().isSymmetric()).isTrue();
        assertThat(times.catchment(20).isSymmetric()).isTrue();
    }

    @Test
    void unsnappedCommunesReachOnlyThemselvesAndAreReported() {
        RoadTravelTime times = RoadTravelTime.route(fixture(), LON, LAT, ACCESS, 30);
        assertThat(times.unsnapped()).as("U far away, I next to an island only").containsExactly(4, 5);
        for (int i : new int[] {4, 5}) {
            assertThat(times.minutes(i, i)).isZero();
            for (int j = 0; j < LON.length; j++) {
                if (j != i) {
                    assertThat(times.minutes(i, j)).as("t(%d, %d)", i, j).isEqualTo(TravelTimeModel.UNREACHED);
                    assertThat(times.minutes(j, i)).as("t(%d, %d)", j, i).isEqualTo(TravelTimeModel.UNREACHED);
                }
            }
        }
        Catchment catchment = times.catchment(30);
        assertThat(catchment.offsets()[5] - catchment.offsets()[4]).as("row of U: itself only").isEqualTo(1);
        assertThat(times.components().count()).isEqualTo(2);
        assertThat(times.components().nodesOutsideMain()).isEqualTo(2);
        assertThat(times.describe()).contains("4 of 6 points snapped", "2 unsnapped", "1 islands (2 nodes)",
                "table up to 30.0 min", "Travel Mapping graph fixture");
    }

    @Test
    void boundLimitsTheTableAndCatchmentsBeyondItAreRefused() {
        RoadTravelTime times = RoadTravelTime.route(fixture(), LON, LAT, ACCESS, 15);
        assertThat(times.minutes(0, 1)).isCloseTo(12 + B_ACCESS, within(FLOAT));
        assertThat(times.minutes(0, 2)).as("19 min > bound 15").isEqualTo(TravelTimeModel.UNREACHED);
        assertThat(times.catchment(10).pairCount()).as("6 diagonal + B-C, C-D both ways").isEqualTo(10);
        assertThatThrownBy(() -> times.catchment(20)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bound");
    }

    /**
     * Sources A and C: B is nearer C (8.11 < 13.11, beyond the 5-minute table: found by the search),
     * D is 2.22 from C (read from the table); unsnapped U and I reach nobody.
     */
    @Test
    void nearestByRoadIsNotBounded() {
        RoadTravelTime times = RoadTravelTime.route(fixture(), LON, LAT, ACCESS, 5);
        NearestPractitioner.Result result = new NearestPractitioner(times).compute(new double[] {1, 0, 1, 0, 0, 0},
                new double[] {10, 20, 30, 40, 50, 60}, null, new double[] {5, 10});
        assertThat(result.minutes()[0]).isZero();
        assertThat(result.minutes()[1]).isCloseTo(7 + B_ACCESS, within(1e-9));
        // D is within the table's bound: its time is the table's float (about 1e-7 min off)
        assertThat(result.minutes()[3]).isCloseTo(D_ACCESS, within(1e-5));
        assertThat(result.nearest()).containsExactly(0, 2, 2, 2, -1, -1);
        assertThat(result.minutes()[4]).isEqualTo(TravelTimeModel.UNREACHED);
        // beyond 5 min: B (20), U (50), I (60); beyond 10: U and I
        assertThat(result.populationBeyond()).containsExactly(130.0, 110.0);
    }

    /**
     * Two points 0.1545 km apart (0.002° of longitude at 46°N), each snapped to its own node
     * (1 nearest node), the nodes joined by a 30-minute road: linked directly they are 0.1545 min
     * apart; without direct links, 0.6952 + 30 + 0.6952.
     */
    @Test
    void closePointsAreLinkedDirectly() {
        RoadNetwork.Builder builder = RoadNetwork.builder("two nodes");
        builder.road(builder.node(2.0, 46.0), builder.node(2.02, 46.0), 30, 25_000, true);
        RoadNetwork network = builder.build();
        double[] lon = {2.009, 2.011};
        double[] lat = {46.0, 46.0};
        double apart = GreatCircle.haversineKm(2.009, 46.0, 2.011, 46.0);
        double access = GreatCircle.haversineKm(2.0, 46.0, 2.009, 46.0);
        RoadTravelTime direct = RoadTravelTime.route(network, lon, lat, new AccessLeg(1, 60, 1, 1, 0.5), 60);
        RoadTravelTime viaRoads = RoadTravelTime.route(network, lon, lat, new AccessLeg(1, 60, 1, 1, 0), 60);
        assertThat(direct.minutes(0, 1)).isCloseTo(apart, within(FLOAT));
        assertThat(viaRoads.minutes(0, 1)).isCloseTo(access + 30 + access, within(FLOAT));
    }

    /** A one-way road: times are asymmetric, the catchment says so, and nearest follows the arcs towards the source. */
    @Test
    void directedNetworkIsNotSymmetrised() {
        RoadNetwork.Builder builder = RoadNetwork.builder("one-way loop");
        int a = builder.node(2.0, 46.0);
        int b = builder.node(2.2, 46.0);
        builder.road(a, b, 5, 15_000, false).road(b, a, 12, 16_000, false);
        RoadNetwork network = builder.build();
        assertThat(network.isUndirected()).isFalse();
        RoadTravelTime times = RoadTravelTime.route(network, new double[] {2.0, 2.2}, new double[] {46.0, 46.0},
                ACCESS, 30);
        assertThat(times.minutes(0, 1)).isCloseTo(5, within(FLOAT));
        assertThat(times.minutes(1, 0)).isCloseTo(12, within(FLOAT));
        assertThat(times.catchment(30).isSymmetric()).isFalse();
        double[] minutes = new double[2];
        int[] nearest = new int[2];
        times.nearest(new int[] {1}, minutes, nearest);
        assertThat(minutes[0]).as("from 0 to the source 1").isCloseTo(5, within(1e-9));
    }
}
