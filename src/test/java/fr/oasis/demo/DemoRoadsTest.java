package fr.oasis.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.oasis.accessibility.engine.AccessLeg;
import fr.oasis.accessibility.engine.GreatCircle;
import fr.oasis.accessibility.engine.RoadComponents;
import fr.oasis.accessibility.engine.RoadNetwork;
import fr.oasis.accessibility.engine.RoadTravelTime;
import fr.oasis.territory.record.CogCommune;
import fr.oasis.territory.record.ReferencePoint;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The demonstration road network: deterministic, connected, every town hall on a road, four classes. */
class DemoRoadsTest {
    private final DemoTerritory demo = DemoTerritory.generate(DemoLoader.SEED);
    private final RoadNetwork roads = DemoRoads.build(demo);

    @Test
    void theSameTerritoryGivesTheSameNetwork() {
        RoadNetwork again = DemoRoads.build(DemoTerritory.generate(DemoLoader.SEED));
        assertThat(again.lons()).containsExactly(roads.lons());
        assertThat(again.heads()).containsExactly(roads.heads());
        assertThat(again.minutes()).containsExactly(roads.minutes());
        assertThat(roads.describe()).contains("autoroute 110 km/h", "voie communale 50 km/h");
    }

    @Test
    void oneConnectedTwoWayNetworkWithAJunctionAtEachTownHall() {
        assertThat(RoadComponents.of(roads).count()).isEqualTo(1);
        assertThat(roads.isUndirected()).isTrue();
        assertThat(roads.nodeCount()).isEqualTo(demo.shapes().size());
        Set<String> nodes = new HashSet<>();
        for (int u = 0; u < roads.nodeCount(); u++) {
            nodes.add(roads.lon(u) + " " + roads.lat(u));
        }
        for (ReferencePoint p : demo.points()) {
            assertThat(nodes).as(p.communeCode()).contains(p.lon() + " " + p.lat());
        }
    }

    @Test
    void fourRoadClassesByTheirSpeedOverStraightDistance() {
        Set<Long> kmhOverWinding = new HashSet<>();
        for (int u = 0; u < roads.nodeCount(); u++) {
            for (int a = roads.offsets()[u]; a < roads.offsets()[u + 1]; a++) {
                int v = roads.heads()[a];
                double km = GreatCircle.haversineKm(roads.lon(u), roads.lat(u), roads.lon(v), roads.lat(v));
                kmhOverWinding.add(Math.round(km / roads.minutes()[a] * 60 * 100)); // effective km/h × 100
            }
        }
        // 110 / 1.05, 80 / 1.10, 70 / 1.15 and 50 / 1.25 km/h as the crow flies.
        assertThat(kmhOverWinding).containsExactlyInAnyOrder(10476L, 7273L, 6087L, 4000L);
    }

    @Test
    void theLargestTownsAreJoinedByMotorwayAndEveryCommuneIsReachedByRoad() {
        List<CogCommune> towns = demo.communes().stream()
                .filter(c -> c.type() == CogCommune.Type.CURRENT && c.population() != null)
                .sorted(Comparator.comparing(CogCommune::population).reversed()).limit(DemoTerritory.TOWNS).toList();
        List<ReferencePoint> points = demo.points();
        double[] lon = points.stream().mapToDouble(ReferencePoint::lon).toArray();
        double[] lat = points.stream().mapToDouble(ReferencePoint::lat).toArray();
        RoadTravelTime times = RoadTravelTime.route(roads, lon, lat, AccessLeg.DEFAULT, 30);
        assertThat(times.unsnapped()).isEmpty();

        // The two largest towns' motorway: the first edge of the spanning tree starts at the largest.
        int largest = index(points, towns.get(0).code());
        int nearestTown = towns.stream().skip(1).map(c -> index(points, c.code()))
                .min(Comparator.comparingDouble(j -> km(lon, lat, largest, j))).orElseThrow();
        double km = km(lon, lat, largest, nearestTown);
        assertThat(times.minutes(largest, nearestTown)).as("%.1f km of motorway", km)
                .isCloseTo(km * 1.05 / 110 * 60, within(1e-4));
    }

    private static int index(List<ReferencePoint> points, String code) {
        for (int i = 0; i < points.size(); i++) {
            if (points.get(i).communeCode().equals(code)) {
                return i;
            }
        }
        throw new AssertionError("no chef-lieu for " + code);
    }

    private static double km(double[] lon, double[] lat, int i, int j) {
        return GreatCircle.haversineKm(lon[i], lat[i], lon[j], lat[j]);
    }
}
