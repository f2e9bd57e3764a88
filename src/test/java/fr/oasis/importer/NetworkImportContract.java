package fr.oasis.importer;

import fr.oasis.importer.problem.ImportProblem;
import fr.oasis.importer.problem.ImportException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.oasis.accessibility.RoadNetworkStore;
import fr.oasis.accessibility.RoadNetworkView;
import fr.oasis.accessibility.network.RoadSpeeds;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Importing road networks (fixtures in {@code importer/network-tm*}, see their README): a good
 * folder becomes a new vintage beside the earlier ones, a bad one is refused with file, line and
 * field, changes nothing and leaves a FAILED audit line. Networks are deleted after each test:
 * the in-memory database is shared with other test classes.
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class NetworkImportContract {
    @Autowired
    NetworkImportService networks;
    @Autowired
    ManifestImporter importer;
    @Autowired
    RoadNetworkStore store;
    @Autowired
    ImportHistory history;
    @Autowired
    TerritoryImportService territories;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;
    @TempDir
    Path dir;

    static Path fixture(String name) {
        try {
            return Path.of(NetworkImportContract.class.getResource("/importer/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeEach
    @AfterEach
    void noNetwork() {
        fr.oasis.support.DataChange.deleteNetworks(jdbc);
    }

    @Test
    void aTravelMappingFolderBecomesANetworkVintage() throws Exception {
        ImportReport report = networks.importNetwork(fixture("network-tm"), RoadSpeeds.DEFAULT, "TM test", 2026,
                "test");
        assertThat(report.counts()).containsEntry("road network nodes", 4L)
                .containsEntry("road network arcs (one-way)", 6L); // three two-way roads
        RoadNetworkView stored = store.latest().orElseThrow();
        assertThat(stored).extracting(RoadNetworkView::label, RoadNetworkView::format, RoadNetworkView::millesime,
                RoadNetworkView::nodes, RoadNetworkView::arcs, RoadNetworkView::demo)
                .containsExactly("TM test", "travel-mapping-csv", 2026, 4, 6, false);
        assertThat(history.latest().get(0).status()).isEqualTo("SUCCEEDED");
        assertThat(history.latest().get(0).description()).isEqualTo("network: TM test 2026");

        networks.importNetwork(fixture("network-tm"), RoadSpeeds.DEFAULT, "TM test", 2027, "test");
        assertThat(store.list()).extracting(RoadNetworkView::millesime).containsExactly(2027, 2026);
        mvc.perform(get("/api/networks").with(user("v").roles("VIEWER"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].millesime").value(2027))
                .andExpect(jsonPath("$[0].label").value("TM test"))
                .andExpect(jsonPath("$[0].nodes").value(4));
        mvc.perform(get("/api/networks")).andExpect(status().isUnauthorized());
    }

    @Test
    void aDanglingEdgeIsRefusedWithFileLineAndFieldAndKeepsThePreviousNetwork() {
        networks.importNetwork(fixture("network-tm"), RoadSpeeds.DEFAULT, "TM test", 2026, "test");
        long before = store.latest().orElseThrow().id();

        assertThatThrownBy(() -> networks.importNetwork(fixture("network-tm-dangling"), RoadSpeeds.DEFAULT, "bad",
                2027, "test")).isInstanceOfSatisfying(ImportException.class, e -> {
                    ImportProblem p = e.problems().get(0);
                    assertThat(p.file()).isEqualTo("tm_graph_edges.csv");
                    assertThat(p.location()).isEqualTo("line 3");
                    assertThat(p.field()).isEqualTo("to_node");
                    assertThat(p.message()).contains("99");
                });

        assertThat(store.list()).extracting(RoadNetworkView::id).containsExactly(before);
        ImportHistory.Entry failed = history.latest().get(0);
        assertThat(failed.status()).isEqualTo("FAILED");
        assertThat(failed.summary()).contains("tm_graph_edges.csv", "line 3");
    }

    @Test
    void aNetworkWithoutRoadsOrFilesIsRefused() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Files.writeString(empty.resolve("tm_graph_nodes.csv"), "node_id,lat,lon\n1,48.1,5.1\n");
        Files.writeString(empty.resolve("tm_graph_edges.csv"), "from_node,to_node,tier,length_m_straight\n");
        assertThatThrownBy(() -> networks.importNetwork(empty, RoadSpeeds.DEFAULT, "empty", 2026, "test"))
                .isInstanceOf(ImportException.class).hasMessageContaining("no road");
        Path nothing = Files.createDirectories(dir.resolve("nothing"));
        assertThatThrownBy(() -> networks.importNetwork(nothing, RoadSpeeds.DEFAULT, "nothing", 2026, "test"))
                .isInstanceOf(ImportException.class).hasMessageContaining("tm_graph_nodes.csv");
        assertThat(store.list()).isEmpty();
        assertThat(history.latest().get(0).status()).isEqualTo("FAILED");
    }

    @Test
    void anOpenStreetMapExtractBecomesANetworkVintage() throws IOException {
        Path pbf = fr.oasis.accessibility.network.OsmFixture.write(dir.resolve("fixture.osm.pbf"));
        ImportReport report = networks.importNetwork(pbf, RoadSpeeds.DEFAULT, "OSM test", 2026, "test");
        // the fixture's car network: 9 junctions and dead ends, 14 arcs (see OsmNetworkReaderTest)
        assertThat(report.counts()).containsEntry("road network nodes", 9L)
                .containsEntry("road network arcs (one-way)", 14L);
        RoadNetworkView stored = store.latest().orElseThrow();
        assertThat(stored).extracting(RoadNetworkView::label, RoadNetworkView::millesime, RoadNetworkView::nodes,
                RoadNetworkView::arcs).containsExactly("OSM test", 2026, 9, 14);
        assertThat(stored.format()).containsIgnoringCase("osm");
        assertThat(history.latest().get(0).status()).isEqualTo("SUCCEEDED");
    }

    @Test
    void anOpenStreetMapFileThatIsNotOneIsRefusedNamingIt() throws IOException {
        Path html = Files.writeString(dir.resolve("grand-est-latest.osm.pbf"), "<html>404 Not Found</html>\n");
        assertThatThrownBy(() -> networks.importNetwork(html, RoadSpeeds.DEFAULT, "OSM", 2026, "test"))
                .isInstanceOfSatisfying(ImportException.class, e ->
                        assertThat(e.problems().get(0).toString()).startsWith("grand-est-latest.osm.pbf"));
        assertThat(store.list()).isEmpty();
        assertThat(history.latest().get(0).status()).isEqualTo("FAILED");
    }

    @Test
    void aManifestImportsItsNetworkWithItsLabelAndVintage() throws IOException {
        territories.importTerritories(TinyTerritory.inputs(), "test", "tiny");
        Path manifest = Files.writeString(dir.resolve("roads.yml"), """
                name: roads
                sources:
                  - type: network
                    path: %s
                    vintage: 2026
                    label: "Travel Mapping (test)"
                    speeds: "1:100:1.05"
                """.formatted(fixture("network-tm").toString().replace("\\", "/")));
        ImportReport report = importer.run(ImportManifest.read(manifest), "test");
        assertThat(report.counts()).containsEntry("road network nodes", 4L);
        assertThat(store.list()).extracting(RoadNetworkView::label, RoadNetworkView::millesime)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Travel Mapping (test)", 2026));
        assertThat(List.copyOf(report.timingsMs().keySet())).contains("read network", "store network");
    }
}
