package fr.oasis.accessibility.network;

import fr.oasis.accessibility.engine.AccessLeg;
import fr.oasis.accessibility.engine.Catchment;
import fr.oasis.accessibility.engine.CrowFlyTravelTime;
import fr.oasis.accessibility.engine.RoadNetwork;
import fr.oasis.accessibility.engine.RoadTravelTime;
import fr.oasis.accessibility.engine.TravelTimeModel;
import fr.oasis.support.RealData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Acceptance on the real Travel Mapping Grand Est graph and the IGN chef-lieu points (opt-in:
 * {@code -Doasis.acceptance=true}): every town hall of a 2026 commune snaps, the table is symmetric, and the
 * town-hall-to-town-hall times of a few pairs fall within ±25 % of the usual driving times
 * quoted in {@code SOURCES.md} ("roads-travelmapping-grandest", sanity check).
 */
class RoadTravelTimeGrandEstTest {

    private static RoadTravelTime times;
    private static Map<String, Integer> index;
    private static double[] lon;
    private static double[] lat;

    @BeforeAll
    static void route() {
        Path data = RealData.folder();
        RoadNetwork network = RoadNetworkFiles.read(data.resolve("roads-travelmapping-grandest"), RoadSpeeds.DEFAULT);
        GrandEstTownHalls halls = GrandEstTownHalls.read(data);
        lon = halls.lon();
        lat = halls.lat();
        index = halls.index();
        times = RoadTravelTime.route(network, lon, lat, AccessLeg.DEFAULT, 30);
        System.out.println(times.describe() + "; " + times.table().pairCount() + " pairs");
    }

    @Test
    void everyTownHallSnapsAndTheTableIsSymmetric() {
        assertThat(times.size()).as("2026 communes with a chef-lieu point").isEqualTo(5109);
        assertThat(times.unsnapped()).as("the graph has every town hall within 3.7 km of a node").isEmpty();
        assertThat(times.components().count()).as("main component plus 11 islands").isEqualTo(12);
        assertThat(times.describe().length()).as("fits the runs' travel_time column").isLessThanOrEqualTo(500);
        Catchment twenty = times.catchment(20);
        assertThat(twenty.isSymmetric()).isTrue();
        // same order of magnitude as the default crow-fly model (x 1.3 at 60 km/h), not an artefact
        int crowFly = new CrowFlyTravelTime(lon, lat).catchment(20).pairCount();
        System.out.println("pairs within 20 min: road " + twenty.pairCount() + ", crow-fly " + crowFly);
        assertThat(twenty.pairCount()).isBetween(crowFly / 2, crowFly * 2);
    }

    /**
     * Usual figures (SOURCES.md): Bar-le-Duc–Verdun 50, Bar-le-Duc–Saint-Dizier 25, Chaumont–Langres
     * 30, Nancy–Épinal 50, Verdun–Metz 55, Bar-le-Duc–Nancy 60 minutes; ±25 %. The nearest-source
     * search (unbounded) agrees with the table within its bound.
     */
    @Test
    void knownPairsArePlausible() {
        Map<String, Double> usual = Map.of("55029-55545", 50.0, "55029-52448", 25.0, "52121-52269", 30.0,
                "54395-88160", 50.0, "55545-57463", 55.0, "55029-54395", 60.0);
        RoadTravelTime unbounded = times;
        for (Map.Entry<String, Double> pair : usual.entrySet()) {
            String[] codes = pair.getKey().split("-");
            double minutes = byRoad(unbounded, index.get(codes[0]), index.get(codes[1]));
            System.out.printf("%s: %.1f min (usual %.0f)%n", pair.getKey(), minutes, pair.getValue());
            assertThat(minutes).as(pair.getKey()).isCloseTo(pair.getValue(), within(0.25 * pair.getValue()));
        }
    }

    /** Beyond the 30-minute table, a pair's time is the nearest-source search from one of them. */
    private static double byRoad(RoadTravelTime model, int from, int to) {
        double[] minutes = new double[model.size()];
        int[] nearest = new int[model.size()];
        model.nearest(new int[] {to}, minutes, nearest);
        double inTable = model.minutes(from, to);
        if (inTable != TravelTimeModel.UNREACHED) {
            assertThat(minutes[from]).isCloseTo(inTable, within(1e-4));
        }
        return minutes[from];
    }
}
