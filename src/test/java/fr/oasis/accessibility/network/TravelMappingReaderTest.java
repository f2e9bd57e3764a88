package fr.oasis.accessibility.network;

import fr.oasis.accessibility.engine.RoadComponents;
import fr.oasis.accessibility.engine.RoadNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The Travel Mapping reader on the hand-drawn fixture (see its README) and on damaged copies of it. */
class TravelMappingReaderTest {

    private static final Path FIXTURE = Path.of("src/test/resources/network/fixture");
    private static final RoadSpeeds SPEEDS = RoadSpeeds.parse("1:60:1.2,5:30:1.25");

    @TempDir
    Path tmp;

    /** 7 nodes, 6 two-way edges = 12 arcs; A1 5 km x 1.2 at 60 km/h = 6 min, D2 2.8 km x 1.25 at 30 = 7 min. */
    @Test
    void readsTheFixtureWithSpeedsPerTier() {
        RoadNetwork network = TravelMappingReader.read(FIXTURE, SPEEDS);
        assertThat(network.nodeCount()).isEqualTo(7);
        assertThat(network.arcCount()).isEqualTo(12);
        assertThat(network.isUndirected()).isTrue();
        assertThat(network.lon(4)).isEqualTo(5.3);
        assertThat(network.lat(4)).isEqualTo(48.1);
        assertThat(arc(network, 0, 1)).isCloseTo(6, within(1e-12));
        assertThat(arc(network, 1, 0)).isCloseTo(6, within(1e-12));
        assertThat(arc(network, 2, 4)).isCloseTo(7, within(1e-12));
        assertThat(arc(network, 0, 3)).isCloseTo(10, within(1e-12));
        assertThat(network.meters()[network.offsets()[2]]).isPositive();
        assertThat(network.describe()).contains("7 nodes", "6 edges", "1:60:1.2", "5:30:1.25");
        RoadComponents components = RoadComponents.of(network);
        assertThat(components.count()).isEqualTo(2);
        assertThat(components.mainSize()).isEqualTo(5);
        assertThat(components.describe()).contains("5 of 7 nodes in the main component, 1 islands (2 nodes) left out");
    }

    @Test
    void defaultSpeedsFollowTheDocumentedReasoning() {
        RoadNetwork network = TravelMappingReader.read(FIXTURE, RoadSpeeds.DEFAULT);
        // A1 5 km x 1.05 at 110 km/h; D1 4 km x 1.15 at 70 km/h
        assertThat(arc(network, 0, 1)).isCloseTo(5 * 1.05 / 110 * 60, within(1e-12));
        assertThat(arc(network, 0, 3)).isCloseTo(4 * 1.15 / 70 * 60, within(1e-12));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "dangling edge      | edges | 12,14,test.d002     | 12,99,test.d002     | tm_graph_edges.csv, line 6, field 'to_node': node 99 is not in tm_graph_nodes.csv",
            "negative length    | edges | testd,5,2800.0      | testd,5,-2800.0     | tm_graph_edges.csv, line 6, field 'length_m_straight': negative length -2800.0",
            "NaN length         | edges | testd,5,2800.0      | testd,5,NaN         | tm_graph_edges.csv, line 6, field 'length_m_straight': not a finite number: 'NaN'",
            "unknown tier       | edges | testd,5,2800.0      | testd,7,2800.0      | tm_graph_edges.csv, line 6, field 'tier': no speed for tier 7",
            "missing column     | edges | tier,length         | tier,len            | tm_graph_edges.csv, line 1, field 'length_m_straight': missing column",
            "short line         | edges | testd,5,2800.0      | testd,5             | tm_graph_edges.csv, line 6: expected 6 values as in the header, found 5 (truncated line?)",
            "duplicate node id  | nodes | 14,48.1             | 13,48.1             | tm_graph_nodes.csv, line 6, field 'node_id': node 13 already given on line 5",
            "bad node id        | nodes | 14,48.1             | 14x,48.1            | tm_graph_nodes.csv, line 6, field 'node_id': not a whole number: '14x'",
            "bad latitude       | nodes | 14,48.100000        | 14,148.100000       | tm_graph_nodes.csv, line 6, field 'lat': lat/lon (148.1, 5.3) outside",
            "missing lon column | nodes | lat,lon,            | lat,longitude,      | tm_graph_nodes.csv, line 1, field 'lon': missing column",
            "quoted field       | edges | test.d002           | \"test.d002\"       | tm_graph_edges.csv, line 6: quoted fields are not part of this format"})
    void badInputIsLocated(String what, String file, String from, String to, String message) throws IOException {
        String nodes = Files.readString(FIXTURE.resolve(TravelMappingReader.NODES));
        String edges = Files.readString(FIXTURE.resolve(TravelMappingReader.EDGES));
        String changed = file.equals("nodes") ? nodes.replace(from, to) : edges.replace(from, to);
        assertThat(changed).as(what + ": the fixture contains the text to change").isNotEqualTo(
                file.equals("nodes") ? nodes : edges);
        Files.writeString(tmp.resolve(TravelMappingReader.NODES), file.equals("nodes") ? changed : nodes);
        Files.writeString(tmp.resolve(TravelMappingReader.EDGES), file.equals("edges") ? changed : edges);

        assertThatThrownBy(() -> RoadNetworkFiles.read(tmp, SPEEDS)).as(what)
                .isInstanceOf(NetworkFileException.class).hasMessageStartingWith(message);
    }

    /** A spreadsheet's copy: byte-order mark, CRLF line ends, a blank line, spaces around fields. */
    @Test
    void bomCrlfBlankLinesAndSpacesAreRead() throws IOException {
        String nodes = "\uFEFF" + Files.readString(FIXTURE.resolve(TravelMappingReader.NODES)).replace("\n", "\r\n")
                .replace("11,48.000000", " 11 , 48.000000 ") + "\r\n";
        Files.writeString(tmp.resolve(TravelMappingReader.NODES), nodes);
        Files.copy(FIXTURE.resolve(TravelMappingReader.EDGES), tmp.resolve(TravelMappingReader.EDGES));
        RoadNetwork network = TravelMappingReader.read(tmp, SPEEDS);
        assertThat(network.nodeCount()).isEqualTo(7);
        assertThat(arc(network, 0, 1)).isCloseTo(6, within(1e-12));
    }

    @Test
    void emptyNodesFileAndUnknownPathsAreReported() throws IOException {
        Files.writeString(tmp.resolve(TravelMappingReader.NODES), "node_id,lat,lon\n");
        Files.writeString(tmp.resolve(TravelMappingReader.EDGES), "from_node,to_node,tier,length_m_straight\n");
        assertThatThrownBy(() -> RoadNetworkFiles.read(tmp, SPEEDS)).isInstanceOf(NetworkFileException.class)
                .hasMessageContaining("tm_graph_nodes.csv: no node");
        assertThatThrownBy(() -> RoadNetworkFiles.read(tmp.resolve("absent"), SPEEDS))
                .isInstanceOf(NetworkFileException.class).hasMessageContaining("no such file or folder");
        Path other = Files.createDirectory(tmp.resolve("other"));
        assertThatThrownBy(() -> RoadNetworkFiles.read(other, SPEEDS)).isInstanceOf(NetworkFileException.class)
                .hasMessageContaining("folder without tm_graph_nodes.csv");
        assertThatThrownBy(() -> RoadNetworkFiles.read(tmp.resolve("lorraine-latest.osm.pbf"), SPEEDS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lorraine-latest.osm.pbf").hasMessageContaining("does not exist");
    }

    @Test
    void speedsParseAndRefuseNonsense() {
        RoadSpeeds speeds = RoadSpeeds.parse("5:60:1.2");
        assertThat(speeds.tier(5).kmh()).isEqualTo(60);
        assertThat(speeds.tier(1)).as("other tiers keep their default").isEqualTo(RoadSpeeds.DEFAULT.tier(1));
        assertThatThrownBy(() -> RoadSpeeds.parse("5:0:1.2")).hasMessageContaining("speed > 0");
        assertThatThrownBy(() -> RoadSpeeds.parse("5:60:0.9")).hasMessageContaining("detour factor >= 1");
        assertThatThrownBy(() -> RoadSpeeds.parse("5:60")).hasMessageContaining("tier:kmh:detour");
        assertThatThrownBy(() -> RoadSpeeds.parse("five:60:1")).hasMessageContaining("not a number");
    }

    private static double arc(RoadNetwork network, int from, int to) {
        for (int a = network.offsets()[from]; a < network.offsets()[from + 1]; a++) {
            if (network.heads()[a] == to) {
                return network.minutes()[a];
            }
        }
        throw new AssertionError("no arc " + from + " -> " + to);
    }
}
