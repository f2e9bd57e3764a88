package fr.oasis.accessibility.network;

import fr.oasis.accessibility.engine.RoadNetwork;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a road network from a path, choosing the reader by what the path is: a folder holding
 * {@code tm_graph_nodes.csv} and {@code tm_graph_edges.csv} is a Travel Mapping graph
 * ({@link TravelMappingReader}); a {@code *.osm.pbf} file is an OpenStreetMap extract (its
 * reader is wired separately). Stateless and thread-safe.
 */
public final class RoadNetworkFiles {

    private RoadNetworkFiles() {
    }

    /**
     * @param speeds speeds per road tier, for sources that have tiers (Travel Mapping)
     * @throws NetworkFileException     on a missing path or bad content
     * @throws IllegalArgumentException for an unreadable OpenStreetMap extract
     */
    public static RoadNetwork read(Path path, RoadSpeeds speeds) {
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        if (Files.isDirectory(path)) {
            if (!TravelMappingReader.canRead(path)) {
                throw new NetworkFileException(path.toString(), 0, "", "folder without "
                        + TravelMappingReader.NODES + " and " + TravelMappingReader.EDGES);
            }
            return TravelMappingReader.read(path, speeds);
        }
        if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".osm.pbf")) {
            return OsmNetworkReader.read(path);
        }
        if (!Files.exists(path)) {
            throw new NetworkFileException(path.toString(), 0, "", "no such file or folder");
        }
        throw new NetworkFileException(path.toString(), 0, "", "not a road network: expected a folder holding "
                + TravelMappingReader.NODES + " and " + TravelMappingReader.EDGES + ", or an .osm.pbf file");
    }
}
