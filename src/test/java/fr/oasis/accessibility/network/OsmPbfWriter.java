package fr.oasis.accessibility.network;

import com.google.protobuf.ByteString;
import org.openstreetmap.osmosis.osmbinary.Osmformat;
import org.openstreetmap.osmosis.osmbinary.file.BlockOutputStream;
import org.openstreetmap.osmosis.osmbinary.file.FileBlock;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes small OpenStreetMap PBF files from a readable description, for tests: nodes (id, lon,
 * lat, tags) and ways (id, node refs, tags), in the official format (an {@code OSMHeader} block
 * requiring {@code OsmSchema-V0.6} and {@code DenseNodes}, then {@code OSMData} blocks of at most
 * {@value #ENTITIES_PER_BLOCK} nodes or ways, zlib-compressed), built with the osmosis protobuf
 * classes that GraphHopper itself reads with. Coordinates are written at the default granularity
 * (100 nanodegrees), ids and way refs delta-coded as the format requires. Tags are given as
 * {@code "key", "value", ...}.
 */
final class OsmPbfWriter {

    static final int ENTITIES_PER_BLOCK = 8000;
    private static final double NANO_UNITS_PER_DEGREE = 1e7;

    private record Node(long id, double lon, double lat, String[] tags) {
    }

    private record Way(long id, long[] refs, String[] tags) {
    }

    private final List<Node> nodes = new ArrayList<>();
    private final List<Way> ways = new ArrayList<>();
    private long replicationTimestampSeconds;

    OsmPbfWriter node(long id, double lon, double lat, String... tags) {
        nodes.add(new Node(id, lon, lat, pairs(tags)));
        return this;
    }

    OsmPbfWriter way(long id, long[] refs, String... tags) {
        ways.add(new Way(id, refs.clone(), pairs(tags)));
        return this;
    }

    /** The extract's date (seconds since 1970, UTC), as Geofabrik's files carry it. */
    OsmPbfWriter timestamp(long epochSeconds) {
        replicationTimestampSeconds = epochSeconds;
        return this;
    }

    Path write(Path file) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            BlockOutputStream blocks = new BlockOutputStream(out);
            blocks.setCompress("deflate");
            Osmformat.HeaderBlock.Builder header = Osmformat.HeaderBlock.newBuilder()
                    .addRequiredFeatures("OsmSchema-V0.6")
                    .addRequiredFeatures("DenseNodes")
                    .setWritingprogram("oasis-test");
            if (replicationTimestampSeconds > 0) {
                header.setOsmosisReplicationTimestamp(replicationTimestampSeconds);
            }
            blocks.write(FileBlock.newInstance("OSMHeader", header.build().toByteString(), null));
            for (int from = 0; from < nodes.size(); from += ENTITIES_PER_BLOCK) {
                List<Node> chunk = nodes.subList(from, Math.min(nodes.size(), from + ENTITIES_PER_BLOCK));
                blocks.write(FileBlock.newInstance("OSMData", nodeBlock(chunk).toByteString(), null));
            }
            for (int from = 0; from < ways.size(); from += ENTITIES_PER_BLOCK) {
                List<Way> chunk = ways.subList(from, Math.min(ways.size(), from + ENTITIES_PER_BLOCK));
                blocks.write(FileBlock.newInstance("OSMData", wayBlock(chunk).toByteString(), null));
            }
            blocks.flush();
        }
        return file;
    }

    private static Osmformat.PrimitiveBlock nodeBlock(List<Node> chunk) {
        Strings strings = new Strings();
        Osmformat.DenseNodes.Builder dense = Osmformat.DenseNodes.newBuilder();
        long id = 0;
        long lat = 0;
        long lon = 0;
        for (Node node : chunk) {
            long nodeLat = Math.round(node.lat() * NANO_UNITS_PER_DEGREE);
            long nodeLon = Math.round(node.lon() * NANO_UNITS_PER_DEGREE);
            dense.addId(node.id() - id).addLat(nodeLat - lat).addLon(nodeLon - lon);
            id = node.id();
            lat = nodeLat;
            lon = nodeLon;
            for (int t = 0; t < node.tags().length; t += 2) {
                dense.addKeysVals(strings.index(node.tags()[t])).addKeysVals(strings.index(node.tags()[t + 1]));
            }
            dense.addKeysVals(0);
        }
        Osmformat.PrimitiveGroup group = Osmformat.PrimitiveGroup.newBuilder().setDense(dense).build();
        return block(strings, group);
    }

    private static Osmformat.PrimitiveBlock wayBlock(List<Way> chunk) {
        Strings strings = new Strings();
        Osmformat.PrimitiveGroup.Builder group = Osmformat.PrimitiveGroup.newBuilder();
        for (Way way : chunk) {
            Osmformat.Way.Builder builder = Osmformat.Way.newBuilder().setId(way.id());
            for (int t = 0; t < way.tags().length; t += 2) {
                builder.addKeys(strings.index(way.tags()[t])).addVals(strings.index(way.tags()[t + 1]));
            }
            long previous = 0;
            for (long ref : way.refs()) {
                builder.addRefs(ref - previous);
                previous = ref;
            }
            group.addWays(builder);
        }
        return block(strings, group.build());
    }

    private static Osmformat.PrimitiveBlock block(Strings strings, Osmformat.PrimitiveGroup group) {
        return Osmformat.PrimitiveBlock.newBuilder()
                .setStringtable(strings.table())
                .addPrimitivegroup(group)
                .build();
    }

    private static String[] pairs(String[] tags) {
        if (tags.length % 2 != 0) {
            throw new IllegalArgumentException("tags come as key, value pairs: " + String.join(",", tags));
        }
        return tags.clone();
    }

    /** A block's string table; index 0 is the empty string, as the format reserves it. */
    private static final class Strings {
        private final Map<String, Integer> indices = new HashMap<>();
        private final Osmformat.StringTable.Builder table = Osmformat.StringTable.newBuilder().addS(ByteString.EMPTY);

        int index(String s) {
            return indices.computeIfAbsent(s, key -> {
                table.addS(ByteString.copyFrom(key, StandardCharsets.UTF_8));
                return indices.size() + 1;
            });
        }

        Osmformat.StringTable table() {
            return table.build();
        }
    }
}
