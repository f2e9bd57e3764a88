package fr.oasis.accessibility;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * The per-commune values of one APL run as bytes for the {@code apl_run_values.commune_values}
 * column, and back: one row per run instead of one row per commune (the France-scale recompute
 * wrote 1.9 million rows for 54 runs, most of its time).
 *
 * <p>Layout, big-endian, deflated as a whole (fast level): magic {@code "OAV"} and a format
 * version byte ({@value #VERSION}), the commune count, each commune code ({@code writeUTF}), then
 * the APL of every commune ({@code double}), then the minutes to the nearest practitioner
 * ({@code double}, NaN when there is none). Full precision: {@code decode(encode(v))} gives the
 * same doubles, NaN APL included; a missing or infinite time is stored, and read back, as
 * missing. About 170 kB per run for 35,000 communes.
 *
 * <p>A corrupted or foreign column is an {@link IllegalArgumentException} naming what is wrong,
 * never wrong figures. Stateless, thread-safe.
 */
final class AplValuesCodec {
    private static final int MAGIC = 0x4F4156; // "OAV"
    static final int VERSION = 1;
    /** More communes than this is not a run we wrote: refuse before allocating. */
    private static final int MAX_COMMUNES = 10_000_000;

    private AplValuesCodec() {
    }

    /**
     * The values of one run, index by index.
     *
     * @param nearestMinutes NaN where no practitioner is reachable at all
     */
    record Values(String[] codes, double[] apl, double[] nearestMinutes) {
        Values {
            if (apl.length != codes.length || nearestMinutes.length != codes.length) {
                throw new IllegalArgumentException("APL values: " + codes.length + " codes but " + apl.length
                        + " APL and " + nearestMinutes.length + " times");
            }
        }

        int size() {
            return codes.length;
        }
    }

    static byte[] encode(Values values) {
        int n = values.size();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(n * 8 + 64);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (DataOutputStream out = new DataOutputStream(new DeflaterOutputStream(bytes, deflater, 1 << 16))) {
            out.writeInt(MAGIC << 8 | VERSION);
            out.writeInt(n);
            for (String code : values.codes()) {
                out.writeUTF(code);
            }
            for (double v : values.apl()) {
                out.writeDouble(v);
            }
            for (double v : values.nearestMinutes()) {
                out.writeDouble(Double.isFinite(v) ? v : Double.NaN);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode APL values", e); // in memory: does not happen
        } finally {
            deflater.end();
        }
        return bytes.toByteArray();
    }

    /** @throws IllegalArgumentException when the bytes are not encoded APL values of a known version */
    static Values decode(byte[] encoded) {
        try (DataInputStream in = new DataInputStream(new InflaterInputStream(new ByteArrayInputStream(encoded)))) {
            int head = in.readInt();
            if (head >>> 8 != MAGIC) {
                throw new IllegalArgumentException("stored APL values: unknown format (bad magic number)");
            }
            if ((head & 0xFF) != VERSION) {
                throw new IllegalArgumentException("stored APL values: format version " + (head & 0xFF)
                        + " is not readable by this Oasis (reads version " + VERSION + ")");
            }
            int n = in.readInt();
            if (n < 0 || n > MAX_COMMUNES) {
                throw new IllegalArgumentException("stored APL values: impossible commune count " + n);
            }
            String[] codes = new String[n];
            for (int i = 0; i < n; i++) {
                codes[i] = in.readUTF();
            }
            double[] apl = new double[n];
            for (int i = 0; i < n; i++) {
                apl[i] = in.readDouble();
            }
            double[] nearest = new double[n];
            for (int i = 0; i < n; i++) {
                nearest[i] = in.readDouble();
            }
            if (in.read() != -1) {
                throw new IllegalArgumentException("stored APL values: unexpected bytes after the last value");
            }
            return new Values(codes, apl, nearest);
        } catch (EOFException e) {
            throw new IllegalArgumentException("stored APL values: truncated", e);
        } catch (IOException e) {
            throw new IllegalArgumentException("stored APL values: not readable (" + e.getMessage() + ")", e);
        }
    }
}
