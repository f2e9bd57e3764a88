package fr.oasis.accessibility.network;

import com.google.protobuf.ByteString;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openstreetmap.osmosis.osmbinary.Osmformat;
import org.openstreetmap.osmosis.osmbinary.file.BlockOutputStream;
import org.openstreetmap.osmosis.osmbinary.file.FileBlock;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Files that are not usable road networks are rejected with a message naming the file. */
class OsmNetworkReaderBadInputTest {

    @TempDir
    Path folder;
    Path scratch;

    @BeforeEach
    void scratch() throws IOException {
        scratch = Files.createDirectory(folder.resolve("scratch"));
    }

    @Test
    void aMissingFile() {
        Path missing = folder.resolve("meuse-latest.osm.pbf");
        assertRejected(missing, "does not exist");
    }

    @Test
    void anEmptyFile() throws IOException {
        Path empty = Files.createFile(folder.resolve("empty.osm.pbf"));
        assertRejected(empty, "is empty");
    }

    @Test
    void aFolder() throws IOException {
        Path directory = Files.createDirectory(folder.resolve("folder.osm.pbf"));
        assertRejected(directory, "is not a regular file");
    }

    @Test
    void aTextFileRenamedPbf() throws IOException {
        Path text = Files.writeString(folder.resolve("lorraine-latest.osm.pbf"),
                "<!DOCTYPE html><html><body>404 Not Found</body></html>\n");
        assertRejected(text, "is not an OpenStreetMap PBF file");
    }

    @Test
    void anOsmXmlFileNamedPbf() throws IOException {
        Path xml = Files.writeString(folder.resolve("xml.osm.pbf"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <osm version="0.6"><node id="1" lat="48.0" lon="5.0"/></osm>
                """);
        assertRejected(xml, "is not an OpenStreetMap PBF file");
    }

    @Test
    void aTruncatedDownload() throws IOException {
        Path whole = OsmFixture.write(folder.resolve("whole.osm.pbf"));
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(folder.resolve("cut.osm.pbf"), Arrays.copyOf(bytes, bytes.length - 10));
        assertRejected(cut, "is truncated");
    }

    @Test
    void aFileCutInsideItsFirstBlock() throws IOException {
        Path whole = OsmFixture.write(folder.resolve("whole.osm.pbf"));
        Path cut = Files.write(folder.resolve("cut.osm.pbf"), Arrays.copyOf(Files.readAllBytes(whole), 12));
        assertRejected(cut, "is truncated or not an OpenStreetMap PBF file: its first block header needs 17 bytes,"
                + " the file has 12");
    }

    @Test
    void aDataBlockThatIsNotOsmData() throws IOException {
        // framing is valid, so only GraphHopper's decoding finds the problem: its error is reported
        // with the file name, and the temporary directory is still deleted
        Path corrupt = folder.resolve("corrupt.osm.pbf");
        try (OutputStream out = Files.newOutputStream(corrupt)) {
            BlockOutputStream blocks = new BlockOutputStream(out);
            blocks.setCompress("none");
            blocks.write(FileBlock.newInstance("OSMHeader", Osmformat.HeaderBlock.newBuilder()
                    .addRequiredFeatures("OsmSchema-V0.6").build().toByteString(), null));
            blocks.write(FileBlock.newInstance("OSMData",
                    ByteString.copyFrom("this is not a primitive block", StandardCharsets.UTF_8), null));
            blocks.flush();
        }
        assertRejected(corrupt, "could not be imported by GraphHopper");
    }

    @Test
    void anExtractWithoutCarRoads() throws IOException {
        Path paths = new OsmPbfWriter()
                .node(1, 5.0, 48.0).node(2, 5.0, 48.01).node(3, 5.01, 48.01)
                .way(10, new long[]{1, 2}, "highway", "cycleway")
                .way(11, new long[]{2, 3}, "highway", "service", "access", "private")
                .write(folder.resolve("paths.osm.pbf"));
        assertRejected(paths, "holds no road open to cars");
    }

    @Test
    void anExtractWithNodesOnly() throws IOException {
        // no way at all: GraphHopper itself refuses the empty graph, and says so
        Path nodes = new OsmPbfWriter().node(1, 5.0, 48.0, "amenity", "doctors")
                .write(folder.resolve("nodes.osm.pbf"));
        assertRejected(nodes, "could not be imported by GraphHopper: Graph after reading OSM must not be empty");
    }

    private void assertRejected(Path file, String problem) {
        assertThatThrownBy(() -> OsmNetworkReader.read(file, scratch))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining(problem);
        try (var left = Files.list(scratch)) {
            assertThat(left).as("temporary graph directories left behind").isEmpty();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
