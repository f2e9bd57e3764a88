package fr.oasis.accessibility.network;

import fr.oasis.accessibility.engine.RoadNetwork;
import fr.oasis.tabular.DelimitedFile;
import fr.oasis.tabular.Dialect;
import fr.oasis.tabular.TableFileException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the Travel Mapping "nodes + edges" graph of a folder into a {@link RoadNetwork}:
 * {@code tm_graph_nodes.csv} ({@code node_id,lat,lon[,n_routes,in_main_component]}) and
 * {@code tm_graph_edges.csv} ({@code from_node,to_node[,root,system],tier,length_m_straight}),
 * comma-separated UTF-8 with a header line and no quoting, read by {@link DelimitedFile} at the byte
 * level (a general CSV parser cost several times the whole routing preparation on the Grand Est
 * graph; a double quote is refused, not interpreted). Edges are
 * undirected (the format has no one-way information): each becomes a two-way road, timed by
 * {@link RoadSpeeds} from its tier and straight length. Extra columns are ignored; {@code in_main_component} is not trusted, the
 * engine computes components itself ({@code RoadComponents}).
 *
 * <p>Errors ({@link NetworkFileException}, naming file, line and field): a missing column, a
 * node id that is not a whole number or given twice, lat/lon out of range, an edge naming a node
 * absent from the nodes file (dangling), a tier without speed, a negative, NaN or infinite
 * length, an empty nodes file. Stateless and thread-safe.
 */
public final class TravelMappingReader {

    public static final String NODES = "tm_graph_nodes.csv";
    public static final String EDGES = "tm_graph_edges.csv";
    /** Comma-separated, never quoted: a quote means a file of another kind. */
    private static final Dialect PLAIN = new Dialect(',', Dialect.Quoting.REFUSED);

    private TravelMappingReader() {
    }

    /** True if the folder holds both files. */
    public static boolean canRead(Path folder) {
        return Files.isRegularFile(folder.resolve(NODES)) && Files.isRegularFile(folder.resolve(EDGES));
    }

    /** @throws NetworkFileException on bad input, including a file that cannot be read */
    public static RoadNetwork read(Path folder, RoadSpeeds speeds) {
        String name = folder.getFileName() == null ? folder.toString() : folder.getFileName().toString();
        RoadNetwork.Builder builder = RoadNetwork.builder(""); // described once the counts are known
        Map<Long, Integer> indexOfId;
        int edges;
        try {
            indexOfId = readNodes(folder.resolve(NODES), builder);
            edges = readEdges(folder.resolve(EDGES), speeds, indexOfId, builder);
        } catch (TableFileException e) {
            throw new NetworkFileException(e.file(), e.line(), e.field(), e.problem());
        }
        String description = String.format(Locale.ROOT, "Travel Mapping graph %s (%d nodes, %d edges; %s)", name,
                indexOfId.size(), edges, speeds.describe());
        return builder.build().describedAs(description);
    }

    private static Map<Long, Integer> readNodes(Path file, RoadNetwork.Builder builder) {
        try (DelimitedFile lines = DelimitedFile.open(file, PLAIN)) {
            lines.require("node_id", "lat", "lon");
            return readNodes(lines, builder);
        }
    }

    private static Map<Long, Integer> readNodes(DelimitedFile lines, RoadNetwork.Builder builder) {
        int idColumn = lines.column("node_id");
        int latColumn = lines.column("lat");
        int lonColumn = lines.column("lon");
        Map<Long, Integer> indexOfId = new HashMap<>();
        List<Long> lineOfNode = new ArrayList<>();
        while (lines.next()) {
            long id = lines.wholeNumber(idColumn);
            double lat = lines.number(latColumn);
            double lon = lines.number(lonColumn);
            if (!(lat >= -85 && lat <= 85) || !(lon >= -180 && lon <= 180)) {
                throw lines.problem("lat", "lat/lon (" + lat + ", " + lon + ") outside [-85, 85] x [-180, 180]");
            }
            Integer earlier = indexOfId.putIfAbsent(id, builder.nodeCount());
            if (earlier != null) {
                throw lines.problem("node_id", "node " + id + " already given on line " + lineOfNode.get(earlier));
            }
            builder.node(lon, lat);
            lineOfNode.add(lines.line());
        }
        if (indexOfId.isEmpty()) {
            throw new NetworkFileException(lines.name(), 0, "", "no node: the network is empty");
        }
        return indexOfId;
    }

    private static int readEdges(Path file, RoadSpeeds speeds, Map<Long, Integer> indexOfId,
                                 RoadNetwork.Builder builder) {
        try (DelimitedFile lines = DelimitedFile.open(file, PLAIN)) {
            lines.require("from_node", "to_node", "tier", "length_m_straight");
            return readEdges(lines, speeds, indexOfId, builder);
        }
    }

    private static int readEdges(DelimitedFile lines, RoadSpeeds speeds, Map<Long, Integer> indexOfId,
                                 RoadNetwork.Builder builder) {
        int fromColumn = lines.column("from_node");
        int toColumn = lines.column("to_node");
        int tierColumn = lines.column("tier");
        int lengthColumn = lines.column("length_m_straight");
        int edges = 0;
        while (lines.next()) {
            int from = node(lines, fromColumn, "from_node", indexOfId);
            int to = node(lines, toColumn, "to_node", indexOfId);
            long tierNumber = lines.wholeNumber(tierColumn);
            RoadSpeeds.Tier tier = tierNumber >= 0 && tierNumber < 100 ? speeds.tier((int) tierNumber) : null;
            if (tier == null) {
                throw lines.problem("tier", "no speed for tier " + tierNumber + " (" + speeds.describe() + ")");
            }
            double straight = lines.number(lengthColumn);
            if (straight < 0) {
                throw lines.problem("length_m_straight", "negative length " + straight);
            }
            double meters = straight * tier.detour();
            builder.road(from, to, meters / 1000 / tier.kmh() * 60, meters, true);
            edges++;
        }
        return edges;
    }

    private static int node(DelimitedFile lines, int column, String name, Map<Long, Integer> indexOfId) {
        long id = lines.wholeNumber(column);
        Integer index = indexOfId.get(id);
        if (index == null) {
            throw lines.problem(name, "node " + id + " is not in " + NODES);
        }
        return index;
    }
}
