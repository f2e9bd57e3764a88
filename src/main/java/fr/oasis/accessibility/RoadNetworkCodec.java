package fr.oasis.accessibility;

import fr.oasis.accessibility.engine.RoadNetwork;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * A {@link RoadNetwork} as bytes for the {@code road_network.graph} column, and back.
 *
 * <p>Layout, big-endian, deflated as a whole: magic {@code "ORN1"}, the description (length +
 * UTF-8), node and arc counts, node longitudes and latitudes ({@code double}), the
 * {@code nodes + 1} row offsets, then per arc its head ({@code int}), minutes ({@code double})
 * and metres ({@code float}). Everything the network holds is kept at full precision, so
 * {@code decode(encode(n))} routes exactly like {@code n}. Grand Est's Travel Mapping graph
 * (36,000 nodes, 104,000 arcs) is about 2.9 MB raw.
 *
 * <p>Decoding rebuilds the network through {@link RoadNetwork.Builder}, which checks every node
 * and arc again: a corrupted column is an {@link IllegalArgumentException}, never a broken
 * graph. Stateless, thread-safe.
 */
final class RoadNetworkCodec {
    private static final int MAGIC = 0x4F524E31; // "ORN1"
    /** More than this is not a network we wrote: refuse before allocating. */
    private static final int MAX_ELEMENTS = 200_000_000;

    private RoadNetworkCodec() {
    }

    static byte[] encode(RoadNetwork network) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(network.arcCount() * 8 + network.nodeCount() * 8 + 64);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (DataOutputStream out = new DataOutputStream(new DeflaterOutputStream(bytes, deflater, 1 << 16))) {
            out.writeInt(MAGIC);
            byte[] description = network.describe().getBytes(StandardCharsets.UTF_8);
            out.writeInt(description.length);
            out.write(description);
            int nodes = network.nodeCount();
            int arcs = network.arcCount();
            out.writeInt(nodes);
            out.writeInt(arcs);
            for (double v : network.lons()) {
                out.writeDouble(v);
            }
            for (double v : network.lats()) {
                out.writeDouble(v);
            }
            for (int v : network.offsets()) {
                out.writeInt(v);
            }
            int[] heads = network.heads();
            double[] minutes = network.minutes();
            float[] meters = network.meters();
            for (int a = 0; a < arcs; a++) {
                out.writeInt(heads[a]);
                out.writeDouble(minutes[a]);
                out.writeFloat(meters[a]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the road network", e); // in memory: does not happen
        } finally {
            deflater.end();
        }
        return bytes.toByteArray();
    }

    /** @throws IllegalArgumentException when the bytes are not an encoded network */
    static RoadNetwork decode(byte[] encoded) {
        try (DataInputStream in = new DataInputStream(new InflaterInputStream(new ByteArrayInputStream(encoded)))) {
            if (in.readInt() != MAGIC) {
                throw new IllegalArgumentException("stored road network: unknown format (bad magic number)");
            }
            byte[] description = new byte[count(in.readInt(), "description length")];
            in.readFully(description);
            int nodes = count(in.readInt(), "node count");
            int arcs = count(in.readInt(), "arc count");
            double[] lon = new double[nodes];
            double[] lat = new double[nodes];
            for (int u = 0; u < nodes; u++) {
                lon[u] = in.readDouble();
            }
            for (int u = 0; u < nodes; u++) {
                lat[u] = in.readDouble();
            }
            int[] offsets = new int[nodes + 1];
            for (int u = 0; u <= nodes; u++) {
                offsets[u] = in.readInt();
            }
            if (offsets[0] != 0 || offsets[nodes] != arcs) {
                throw new IllegalArgumentException("stored road network: row offsets do not match the arc count");
            }
            RoadNetwork.Builder builder = RoadNetwork.builder(new String(description, StandardCharsets.UTF_8));
            for (int u = 0; u < nodes; u++) {
                builder.node(lon[u], lat[u]);
            }
            for (int u = 0; u < nodes; u++) {
                if (offsets[u + 1] < offsets[u]) {
                    throw new IllegalArgumentException("stored road network: row offsets decrease at node " + u);
                }
                for (int a = offsets[u]; a < offsets[u + 1]; a++) {
                    int head = in.readInt();
                    double minutes = in.readDouble();
                    float meters = in.readFloat();
                    builder.road(u, head, minutes, meters, false);
                }
            }
            if (in.read() != -1) {
                throw new IllegalArgumentException("stored road network: unexpected bytes after the last arc");
            }
            return builder.build();
        } catch (EOFException e) {
            throw new IllegalArgumentException("stored road network: truncated", e);
        } catch (IOException e) {
            throw new IllegalArgumentException("stored road network: not readable (" + e.getMessage() + ")", e);
        }
    }

    private static int count(int value, String what) {
        if (value < 0 || value > MAX_ELEMENTS) {
            throw new IllegalArgumentException("stored road network: impossible " + what + " " + value);
        }
        return value;
    }
}
