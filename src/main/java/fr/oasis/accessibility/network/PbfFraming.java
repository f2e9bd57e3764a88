package fr.oasis.accessibility.network;

import com.google.protobuf.InvalidProtocolBufferException;
import org.openstreetmap.osmosis.osmbinary.Fileformat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Checks the block structure of an OpenStreetMap PBF file before it is imported: a PBF file is a
 * sequence of blocks, each a 4-byte big-endian header length, a {@code BlobHeader} (type and
 * size of the data) and the {@code Blob} itself; the first block is the {@code OSMHeader}.
 *
 * <p>Why: GraphHopper decodes blocks on worker threads and reports a text file, an empty file or
 * an interrupted download as a generic runtime failure deep in its reader; walking the headers
 * first (a seek per block, no decompression: milliseconds for a région) lets the reader say
 * which file is wrong and how. A file truncated exactly at a block boundary cannot be detected
 * (the format has no end marker): it reads as a smaller extract.
 *
 * <p>Stateless, thread-safe.
 */
final class PbfFraming {

    /** The PBF specification bounds a BlobHeader to 64 KiB and a Blob to 32 MiB. */
    static final int MAX_HEADER_BYTES = 64 * 1024;
    static final int MAX_BLOB_BYTES = 32 * 1024 * 1024;

    private PbfFraming() {
    }

    /**
     * @throws IllegalArgumentException naming the file when it is missing, unreadable, empty, not
     *                                  a PBF file, or truncated/corrupt
     */
    static void check(Path pbf) {
        if (!Files.exists(pbf)) {
            throw bad(pbf, "does not exist");
        }
        if (!Files.isRegularFile(pbf)) {
            throw bad(pbf, "is not a regular file");
        }
        try (FileChannel channel = FileChannel.open(pbf, StandardOpenOption.READ)) {
            walk(pbf, channel);
        } catch (NoSuchFileException e) {
            throw bad(pbf, "does not exist");
        } catch (AccessDeniedException e) {
            throw bad(pbf, "cannot be read (permission denied)");
        } catch (IOException e) {
            throw bad(pbf, "cannot be read: " + e.getMessage());
        }
    }

    private static void walk(Path pbf, FileChannel channel) throws IOException {
        long size = channel.size();
        if (size == 0) {
            throw bad(pbf, "is empty");
        }
        long position = 0;
        int block = 0;
        while (position < size) {
            if (size - position < 4) {
                throw bad(pbf, "is truncated: " + (size - position) + " stray byte(s) after block " + block);
            }
            int headerLength = read(channel, position, 4).getInt();
            if (headerLength <= 0 || headerLength > MAX_HEADER_BYTES) {
                throw block == 0 ? notPbf(pbf)
                        : bad(pbf, "is corrupt: block " + (block + 1) + " declares a header of " + headerLength + " bytes");
            }
            if (position + 4 + headerLength > size) {
                throw block == 0 ? bad(pbf, "is truncated or not an OpenStreetMap PBF file: its first block header"
                        + " needs " + (4 + headerLength) + " bytes, the file has " + size)
                        : truncated(pbf, block + 1);
            }
            Fileformat.BlobHeader header = parseHeader(pbf, channel, position + 4, headerLength, block);
            if (block == 0 && !"OSMHeader".equals(header.getType())) {
                throw notPbf(pbf);
            }
            if (header.getDatasize() <= 0 || header.getDatasize() > MAX_BLOB_BYTES) {
                throw bad(pbf, "is corrupt: block " + (block + 1) + " declares " + header.getDatasize() + " bytes of data");
            }
            position += 4L + headerLength + header.getDatasize();
            if (position > size) {
                throw truncated(pbf, block + 1);
            }
            block++;
        }
    }

    private static Fileformat.BlobHeader parseHeader(Path pbf, FileChannel channel, long position, int length,
                                                     int block) throws IOException {
        try {
            return Fileformat.BlobHeader.parseFrom(read(channel, position, length));
        } catch (InvalidProtocolBufferException e) {
            throw block == 0 ? notPbf(pbf) : bad(pbf, "is corrupt: the header of block " + (block + 1)
                    + " cannot be decoded (" + e.getMessage() + ")");
        }
    }

    private static ByteBuffer read(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new IOException("unexpected end of file at byte " + (position + buffer.position()));
            }
        }
        return buffer.flip();
    }

    private static IllegalArgumentException notPbf(Path pbf) {
        return bad(pbf, "is not an OpenStreetMap PBF file (it does not start with an OSMHeader block;"
                + " download the .osm.pbf extract, not the .osm XML or a web page)");
    }

    private static IllegalArgumentException truncated(Path pbf, int block) {
        return bad(pbf, "is truncated: block " + block + " ends after the end of the file (interrupted download?)");
    }

    static IllegalArgumentException bad(Path pbf, String problem) {
        return new IllegalArgumentException("OpenStreetMap file " + pbf + " " + problem);
    }
}
