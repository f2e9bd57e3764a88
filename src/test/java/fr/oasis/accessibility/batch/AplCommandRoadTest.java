package fr.oasis.accessibility.batch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** {@code apl --network} on the road fixture of {@code src/test/resources/network/fixture}. */
class AplCommandRoadTest {

    private static final String NETWORK = Path.of("src/test/resources/network/fixture").toString();

    @TempDir
    Path tmp;

    /**
     * Speeds of the fixture's README, access leg 1 min per crow-fly km (see RoadTravelTimeHandTest):
     * A-B 13.11 (W 0.66), A-C 19 (0.33), A-D 21.22 (0), B-C 8.11 (1), B-D 10.34 (0.66), C-D 2.22 (1);
     * 55005 is unsnapped. Populations 100 each (U: 50), MG 1000 in A and in C:
     * R_A = 1000 / (100 + 66 + 33) = 1000/199, R_C = 1000 / (33 + 100 + 100 + 100) = 1000/333.
     * As the crow flies A-B would be about 19.5 minutes (W 0.33): the test tells the models apart.
     */
    @Test
    void roadTimesReplaceCrowFly() throws Exception {
        AplCommandTest.Run run = run("--network", NETWORK, "--road-speeds", "1:60:1.2,5:30:1.25", "--access-detour",
                "1", "--access-speed", "60", "--snap-km", "3", "--direct-km", "1", "--road-bound", "30");
        assertThat(run.exit()).as(run.err()).isZero();
        double ra = 1000.0 / 199;
        double rc = 1000.0 / 333;
        assertThat(run.rows()).extracting(r -> r[0]).containsExactly("55001", "55002", "55003", "55004", "55005");
        assertThat(run.apl(0)).isCloseTo(ra + 0.33 * rc, within(1e-12));
        assertThat(run.apl(1)).isCloseTo(0.66 * ra + rc, within(1e-12));
        assertThat(run.apl(2)).isCloseTo(0.33 * ra + rc, within(1e-12));
        assertThat(run.apl(3)).isCloseTo(rc, within(1e-12));
        assertThat(run.apl(4)).isZero();
        assertThat(run.err()).contains("road network", "7 nodes", "road table:", "within 30.0 min",
                "warning: 1 communes farther than 3.0 km from the road network reach only themselves: 55005",
                "pairs within 20.0 min (road: Travel Mapping graph fixture");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "with --matrix        | --matrix      | od.csv    | --network and --matrix cannot be used together",
            "with --speed         | --speed       | 80        | --network and --speed cannot be used together",
            "bound below the step | --road-bound  | 10        | --road-bound: 10.0 min is below the last step (20.0 min)",
            "bad speeds           | --road-speeds | 5:fast:1  | road speeds: not a number in '5:fast:1'"})
    void badRoadArguments(String what, String option, String value, String message) throws IOException {
        AplCommandTest.Run run = run("--network", NETWORK, option, value);
        assertThat(run.exit()).as(what).isEqualTo(2);
        assertThat(run.err()).as(what).contains(message);
    }

    @Test
    void roadOptionsNeedANetwork() throws IOException {
        AplCommandTest.Run run = run("--access-speed", "40");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--access-speed needs --network");
    }

    @Test
    void badNetworkFilesAreLocated() throws IOException {
        Path network = Files.createDirectory(tmp.resolve("network"));
        Path fixture = Path.of(NETWORK);
        Files.copy(fixture.resolve("tm_graph_nodes.csv"), network.resolve("tm_graph_nodes.csv"));
        Files.writeString(network.resolve("tm_graph_edges.csv"),
                Files.readString(fixture.resolve("tm_graph_edges.csv")).replace("12,14,", "12,99,"));
        AplCommandTest.Run run = run("--network", network.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("tm_graph_edges.csv, line 6, field 'to_node': node 99 is not in tm_graph_nodes.csv");
        assertThat(tmp.resolve("apl.csv")).doesNotExist();

        AplCommandTest.Run osm = run("--network", tmp.resolve("lorraine.osm.pbf").toString());
        assertThat(osm.exit()).isEqualTo(2);
        assertThat(osm.err()).contains("lorraine.osm.pbf").contains("does not exist");
    }

    private AplCommandTest.Run run(String... extra) throws IOException {
        String[] base = {"--communes", AplCommandTest.fixture("communes-road.csv"), "--practitioners",
                AplCommandTest.fixture("practitioners-road.csv"), "--profession", "MG", "--out",
                tmp.resolve("apl.csv").toString()};
        String[] args = java.util.Arrays.copyOf(base, base.length + extra.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        AplCommandTest helper = new AplCommandTest();
        helper.tmp = tmp;
        return helper.run(args);
    }
}
