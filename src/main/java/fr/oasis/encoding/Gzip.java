package fr.oasis.encoding;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;

/**
 * Gzip (RFC 1952, default compression level) of a body held in memory, for answers sent with
 * {@code Content-Encoding: gzip}. Stateless; thread-safe.
 */
public final class Gzip {
    private Gzip() {
    }

    /** The gzipped bytes of {@code bytes}. */
    public static byte[] compress(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, bytes.length / 4));
        try (GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory: does not happen
        }
        return out.toByteArray();
    }
}
