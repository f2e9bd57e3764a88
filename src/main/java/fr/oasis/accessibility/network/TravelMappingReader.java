package fr.oasis.accessibility.network;

import fr.oasis.accessibility.engine.RoadNetwork;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the Travel Mapping "nodes + edges" graph of a folder into a {@link RoadNetwork}:
 * {@code tm_graph_nodes.csv} ({@code node_id,lat,lon[,n_routes,in_main_component]}) and
 * {@code tm_graph_edges.csv} ({@code from_node,to_node[,root,system],tier,length_m_straight}),
 * comma-separated UTF-8 with a header line. Edges are undirected (the format has no one-way
 * information): each becomes a two-way road, timed by {@link RoadSpeeds} from its tier and
 * straight length. Extra columns are ignored; {@code in_main_component} is not trusted, the
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

    private TravelMappingReader() {
    }

    /** True if the folder holds both files. */
    public static boolean canRead(Path folder) {
        return Files.isRegularFile(folder.resolve(NODES)) && Files.isRegularFile(folder.resolve(EDGES));
    }

    /** @throws NetworkFileException on bad input, including a file that cannot be read */
    public static RoadNetwork read(Path folder, RoadSpeeds speeds) {
        Map<Long, Integer> indexOfId = new HashMap<>();
        String name = folder.getFileName() == null ? folder.toString() : folder.getFileName().toString();
        RoadNetwork.Builder[] builder = new RoadNetwork.Builder[1];
        List<Long> lineOfNode = new ArrayList<>();
        forEachRecord(folder.resolve(NODES), new String[] {"node_id", "lat", "lon"}, row -> {
            if (builder[0] == null) {
                builder[0] = RoadNetwork.builder(""); // described once the counts are known
            }
            long id = row.wholeNumber("node_id");
            double lat = row.number("lat");
            double lon = row.number("lon");
            if (!(lat >= -85 && lat <= 85) || !(lon >= -180 && lon <= 180)) {
                throw row.problem("lat", "lat/lon (" + lat + ", " + lon + ") outside [-85, 85] x [-180, 180]");
            }
            Integer earlier = indexOfId.putIfAbsent(id, builder[0].node(lon, lat));
            if (earlier != null) {
                throw row.problem("node_id", "node " + id + " already given on line " + lineOfNode.get(earlier));
            }
            lineOfNode.add(row.line);
        });
        if (indexOfId.isEmpty()) {
            throw new NetworkFileException(NODES, 0, "", "no node: the network is empty");
        }
        int[] edges = new int[1];
        forEachRecord(folder.resolve(EDGES), new String[] {"from_node", "to_node", "tier", "length_m_straight"}, row -> {
            int from = node(row, "from_node", indexOfId);
            int to = node(row, "to_node", indexOfId);
            long tierNumber = row.wholeNumber("tier");
            RoadSpeeds.Tier tier = tierNumber >= 0 && tierNumber < 100 ? speeds.tier((int) tierNumber) : null;
            if (tier == null) {
                throw row.problem("tier", "no speed for tier " + tierNumber + " (" + speeds.describe() + ")");
            }
            double straight = row.number("length_m_straight");
            if (straight < 0) {
                throw row.problem("length_m_straight", "negative length " + straight);
            }
            double meters = straight * tier.detour();
            builder[0].road(from, to, meters / 1000 / tier.kmh() * 60, meters, true);
            edges[0]++;
        });
        String description = String.format(Locale.ROOT, "Travel Mapping graph %s (%d nodes, %d edges; %s)", name,
                indexOfId.size(), edges[0], speeds.describe());
        return builder[0].build().describedAs(description);
    }

    private static int node(Row row, String column, Map<Long, Integer> indexOfId) {
        long id = row.wholeNumber(column);
        Integer index = indexOfId.get(id);
        if (index == null) {
            throw row.problem(column, "node " + id + " is not in " + NODES);
        }
        return index;
    }

    private interface RowAction {
        void accept(Row row);
    }

    private static void forEachRecord(Path file, String[] required, RowAction action) {
        String name = file.getFileName().toString();
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true)
                .setIgnoreEmptyLines(false).get(); // blank lines kept as records: record number = line
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = format.parse(reader)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw new NetworkFileException(name, 0, "", "empty file, expected a header line");
            }
            Map<String, Integer> columns = new HashMap<>();
            List<String> header = new ArrayList<>();
            for (String column : records.next()) {
                header.add(column.replace("\uFEFF", "").strip());
                columns.putIfAbsent(header.get(header.size() - 1), header.size() - 1);
            }
            for (String column : required) {
                if (!columns.containsKey(column)) {
                    throw new NetworkFileException(name, 1, column, "missing column (header is "
                            + String.join(",", header) + ")");
                }
            }
            while (records.hasNext()) {
                CSVRecord record = records.next();
                if (record.size() == 1 && record.get(0).isEmpty()) {
                    continue;
                }
                Row row = new Row(name, record.getRecordNumber(), record, columns);
                if (record.size() != header.size()) {
                    throw row.problem("", "expected " + header.size() + " fields as in the header, found " + record.size());
                }
                action.accept(row);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new NetworkFileException(name, 0, "", "cannot read the file (" + e.getMessage() + ")");
        }
    }

    /** One data line; {@code line} is the physical line (header = 1, no multi-line fields in this format). */
    private record Row(String file, long line, CSVRecord record, Map<String, Integer> columns) {

        String text(String column) {
            return record.get(columns.get(column));
        }

        double number(String column) {
            String text = text(column);
            try {
                double value = Double.parseDouble(text);
                if (Double.isFinite(value)) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw problem(column, "not a finite number: '" + text + "'");
        }

        long wholeNumber(String column) {
            String text = text(column);
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException e) {
                throw problem(column, "not a whole number: '" + text + "'");
            }
        }

        NetworkFileException problem(String column, String message) {
            return new NetworkFileException(file, line, column, message);
        }
    }
}
