package fr.oasis.accessibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import fr.oasis.accessibility.engine.RoadNetwork;
import fr.oasis.accessibility.engine.TravelTimeModel;
import fr.oasis.accessibility.network.RoadSpeeds;
import fr.oasis.importer.NetworkImportService;
import fr.oasis.importer.PractitionerImportService;
import fr.oasis.importer.TerritoryImportService;
import fr.oasis.importer.TinyTerritory;
import fr.oasis.importer.record.PractitionerRecord;
import fr.oasis.practitioner.PractitionerVintageView;
import fr.oasis.practitioner.Profession;
import fr.oasis.territory.TerritoryLevel;
import fr.oasis.territory.TerritoryQueries;
import fr.oasis.territory.TerritoryView;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Travel times by road in the server, on the tiny territory ({@link TinyTerritory}) and the
 * Travel Mapping fixture {@code importer/network-tm} (its README computes the times): the model
 * chosen by {@code oasis.accessibility.travel-time}, the stored table reused without routing,
 * runs and layers saying "road" and which network, communes far from any road reported and never
 * at 0 minutes. Networks are deleted after each test: the in-memory database is shared.
 */
@SpringBootTest
abstract class RoadTravelTimesContract {
    /** 9A001 → 9B001 on the fixture motorway: 7.45 km × 1.05 / 110 km/h, in minutes. */
    static final double MOTORWAY_MINUTES = 7.45 * 1.05 / 110 * 60;
    @Autowired
    TerritoryImportService territories;
    @Autowired
    PractitionerImportService practitioners;
    @Autowired
    NetworkImportService networks;
    @Autowired
    RoadNetworkStore store;
    @Autowired
    AccessibilityQueries queries;
    @Autowired
    TerritoryQueries territoryQueries;
    @Autowired
    AccessibilitySettings settings;
    @Autowired
    TravelTimeSelector applicationSelector;
    @Autowired
    JdbcTemplate jdbc;

    static Path fixture(String name) {
        try {
            return Path.of(RoadTravelTimesContract.class.getResource("/importer/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeEach
    void tinyTerritoryWithTwoGps() {
        fr.oasis.support.DataChange.deleteNetworks(jdbc);
        territories.importTerritories(TinyTerritory.inputs(), "test", "tiny");
        practitioners.importPractitioners(List.of(
                        new PractitionerRecord("GP1", "MG", null, "9B001", null, null, 4500.0, 63, false, "gp.csv#line 2"),
                        new PractitionerRecord("GP2", "MG", null, "9A003", null, null, 4500.0, 40, false, "gp.csv#line 3")),
                new PractitionerVintageView.New("test practitioners", "test", 2025, false, false), "test");
    }

    @AfterEach
    void noNetworkLeft() {
        fr.oasis.support.DataChange.deleteNetworks(jdbc);
    }

    private Map<String, AccessibilityView.TerritoryValue> communes(AccessibilityView.Layer layer) {
        return layer.values().stream()
                .collect(Collectors.toMap(AccessibilityView.TerritoryValue::code, Function.identity()));
    }

    private AccessibilityView.Layer gpLayer() {
        return queries.layer(TerritoryLevel.COMMUNE, Profession.MG, AplVariant.ALL);
    }

    private TravelTimeSelector selector(String travelTime) {
        return new TravelTimeSelector(new AccessibilitySettings(null, null, null, null, travelTime, null), store);
    }

    private TravelTimes select(TravelTimeSelector selector) {
        List<TerritoryView.CommunePoint> points = territoryQueries.communePoints();
        return selector.select(points.stream().map(TerritoryView.CommunePoint::code).toArray(String[]::new),
                points.stream().mapToDouble(TerritoryView.CommunePoint::lon).toArray(),
                points.stream().mapToDouble(TerritoryView.CommunePoint::lat).toArray());
    }

    /** Two roads near 9A001 and 9B001 only, plus a junction by 9A002: 9B002 is more than 5 km from all. */
    private static RoadNetwork withoutTheSouthEast() {
        RoadNetwork.Builder b = RoadNetwork.builder("three junctions");
        int a = b.node(5.05, 48.15);
        int c = b.node(5.15, 48.15);
        int d = b.node(5.05, 48.05);
        return b.road(a, c, 6, 8000, true).road(a, d, 9, 11000, true).build();
    }

    @Test
    void importingANetworkRecomputesTheIndicatorsByRoad() {
        AccessibilityView.Layer before = gpLayer();
        assertThat(before.travelModel()).isEqualTo("crow-fly");
        assertThat(before.network()).isNull();

        networks.importNetwork(fixture("network-tm"), RoadSpeeds.DEFAULT, "TM test", 2026, "test");

        AccessibilityView.Layer after = gpLayer();
        assertThat(after.travelModel()).isEqualTo("road");
        assertThat(after.network()).isEqualTo(new fr.oasis.provenance.Provenance("TM test", 2026, false));
        assertThat(after.travelTime()).startsWith("road: TM test (millésime 2026)");
        assertThat(queries.runs()).allSatisfy(r -> {
            assertThat(r.travelModel()).isEqualTo("road");
            assertThat(r.network().source()).isEqualTo("TM test");
        });
        Map<String, AccessibilityView.TerritoryValue> byRoad = communes(after);
        // The town hall of 9A001 stands on node 10: the motorway to 9B001's GP is the nearest.
        assertThat(byRoad.get("9A001").nearestMinutes()).isCloseTo(MOTORWAY_MINUTES, within(1e-4));
        assertThat(communes(before).get("9A001").nearestMinutes()).as("crow-fly: 7.4 km × 1.3 at 60 km/h")
                .isGreaterThan(9);
        assertThat(byRoad.get("9B001").nearestMinutes()).isZero();
        double served = byRoad.values().stream().mapToDouble(v -> v.population() * v.apl()).sum();
        assertThat(served).as("every GP reaches inhabitants by road too").isCloseTo(9000, within(1e-6));
    }

    @Test
    void theSettingChoosesTheModel() {
        assertThat(settings.travelTime()).as("default").isEqualTo("auto");
        assertThat(select(selector("auto")).kind()).isEqualTo(TravelTimes.Kind.CROW_FLY);
        assertThat(select(selector("auto")).describe()).endsWith("; no road network stored");
        assertThat(select(selector("road")).kind()).as("road without network").isEqualTo(TravelTimes.Kind.CROW_FLY);

        networks.importNetwork(fixture("network-tm"), RoadSpeeds.DEFAULT, "TM test", 2026, "test");
        TravelTimes auto = select(selector("auto"));
        assertThat(auto.kind()).isEqualTo(TravelTimes.Kind.ROAD);
        assertThat(auto.network().label()).isEqualTo("TM test");
        assertThat(auto.unsnapped()).isEmpty();
        assertThat(select(selector("road")).kind()).isEqualTo(TravelTimes.Kind.ROAD);
        TravelTimes crowFly = select(selector("crow-fly"));
        assertThat(crowFly.kind()).isEqualTo(TravelTimes.Kind.CROW_FLY);
        assertThat(crowFly.network()).isNull();

        // A network far from every commune (a demonstration network beside real communes).
        RoadNetwork.Builder far = RoadNetwork.builder("far away");
        far.road(far.node(7.0, 49.0), far.node(7.1, 49.0), 5, 7000, true);
        networks.importNetwork(far.build(), new RoadNetworkView.New("far", "test", 2026, false), "test");
        TravelTimes notUsed = select(selector("auto"));
        assertThat(notUsed.kind()).isEqualTo(TravelTimes.Kind.CROW_FLY);
        assertThat(notUsed.describe()).contains("road network 'far' (2026) not used: it links only 0 of 4 communes");
        TravelTimes forced = select(selector("road"));
        assertThat(forced.kind()).isEqualTo(TravelTimes.Kind.ROAD);
        assertThat(forced.unsnapped()).containsExactlyInAnyOrder("9A001", "9A002", "9B001", "9B002");
        assertThat(forced.model().catchment(20).pairCount()).as("each commune reaches itself only").isEqualTo(4);

        assertThatThrownBy(() -> new AccessibilitySettings(null, null, null, null, "bicycle", null))
                .hasMessageContaining("travel-time");
    }

    @Test
    void aStoredTableIsReusedInsteadOfRoutingAgain() {
        networks.importNetwork(fixture("network-tm"), RoadSpeeds.DEFAULT, "TM test", 2026, "test");
        long network = store.latest().orElseThrow().id();
        jdbc.update("DELETE FROM road_travel_table"); // the import's recomputation stored one already
        TravelTimeSelector first = selector("auto");
        TravelTimes routed = select(first);
        assertThat(first.routings()).isEqualTo(1);
        String tableOf = "SELECT computed_at FROM road_travel_table WHERE network_id = ?";
        Instant computed = jdbc.queryForObject(tableOf, java.sql.Timestamp.class, network).toInstant();

        TravelTimeSelector afterRestart = selector("auto"); // a new instance holds nothing in memory
        TravelTimes reused = select(afterRestart);
        assertThat(afterRestart.routings()).as("read back, not routed").isZero();
        assertThat(jdbc.queryForObject(tableOf, java.sql.Timestamp.class, network).toInstant()).isEqualTo(computed);
        assertThat(reused.model().catchment(30).pairCount()).isEqualTo(routed.model().catchment(30).pairCount());
        assertThat(reused.describe()).isEqualTo(routed.describe());

        // Other communes: the server's model routes again and replaces the stale table.
        long before = applicationSelector.routings();
        String signatureOf = "SELECT signature FROM road_travel_table WHERE network_id = ?";
        String oldSignature = jdbc.queryForObject(signatureOf, String.class, network);
        territories.importTerritories(TinyTerritory.inputs(TinyTerritory.communes().stream()
                .filter(c -> !c.code().equals("9B002")).toList()), "test", "tiny without 9B002");
        assertThat(applicationSelector.routings()).isEqualTo(before + 1);
        assertThat(jdbc.queryForList(signatureOf, String.class, network)).hasSize(1).doesNotContain(oldSignature);
        select(afterRestart);
        assertThat(afterRestart.routings()).isZero();
    }

    @Test
    void communesFarFromAnyRoadAreReportedAndNeverAtZeroMinutes() {
        networks.importNetwork(withoutTheSouthEast(), new RoadNetworkView.New("partial", "test", 2026, false), "test");

        AccessibilityView.Layer layer = gpLayer();
        assertThat(layer.travelModel()).as("3 of 4 communes linked: auto keeps the road").isEqualTo("road");
        AccessibilityView.TerritoryValue southEast = communes(layer).get("9B002");
        assertThat(southEast.nearestMinutes()).as("no GP in 9B002 and no road: unknown, not 0").isNull();
        assertThat(communes(layer).get("9A001").nearestMinutes()).isCloseTo(6, within(1e-4));
        AccessibilityView.Run run = queries.runs().get(0);
        assertThat(run.parameters()).contains("communes not linked to the road network (1, no time to others): 9B002");
        assertThat(run.travelTime()).contains("1 unsnapped");
    }

    @Test
    void aFailingTableWriteKeepsTheStoredTable() {
        networks.importNetwork(fixture("network-tm"), RoadSpeeds.DEFAULT, "TM test", 2026, "test");
        long network = store.latest().orElseThrow().id();
        store.storeTable(network, "a".repeat(64), 4, 4, 30, new byte[] {1, 2, 3});
        assertThatThrownBy(() -> store.storeTable(network, "b".repeat(65), 4, 4, 30, new byte[] {4}))
                .isInstanceOf(DataAccessException.class);
        assertThat(store.table(network, "a".repeat(64))).hasValueSatisfying(
                t -> assertThat(t.times()).containsExactly(1, 2, 3));
    }

    @Test
    void theStoredGraphIsTheImportedOne() {
        networks.importNetwork(fixture("network-tm"), RoadSpeeds.DEFAULT, "TM test", 2026, "test");
        RoadNetwork graph = store.graph(store.latest().orElseThrow().id());
        assertThat(graph.nodeCount()).isEqualTo(4);
        assertThat(graph.minutes()).usingComparatorWithPrecision(1e-9)
                .contains(MOTORWAY_MINUTES, 11.12 * 1.15 / 70 * 60);
        assertThat(TravelTimeModel.UNREACHED).isInfinite();
    }
}
