package fr.oasis.accessibility.engine;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;

/**
 * A sparse commune-to-commune travel-time table: every pair with {@code t_ij <= boundMinutes()},
 * as compressed rows sorted by destination, times as {@code float} minutes (about 2e-6 min of
 * precision at 30 min, far below what any input can claim). Row {@code i} always holds
 * {@code (i, 0)}. A pair absent is farther than the bound or unreachable: {@link #minutes}
 * answers {@link TravelTimeModel#UNREACHED}, never 0.
 *
 * <p>Why a table: routing every commune costs seconds, and the same table serves every
 * profession, variant and indicator of a network vintage; the server keeps one per vintage and
 * rebuilds the model from it ({@link RoadTravelTime#withTable}) without routing again.
 *
 * <p>Binary form ({@link #write}/{@link #read}), all big-endian: the magic {@code OASISTT1}, the
 * stream's total length (long), the description (int length, UTF-8 bytes), a 64-bit fingerprint
 * of the inputs, {@code n}, the bound (double), the symmetric flag, the pair count; then per row
 * its length and each destination as the gap to the previous one (unsigned varints) followed by
 * the row's times (floats); a CRC-32 of everything before it closes the stream. About 5 bytes
 * per pair (4 MB for Grand Est at 30 minutes). {@link #read} checks every invariant (and
 * symmetry when claimed), so a damaged or foreign file is rejected rather than silently used.
 *
 * <p>Memory: 8 bytes per pair plus 4 per commune. Immutable, thread-safe.
 */
public final class TravelTimeTable {

    private static final long MAGIC = 0x4F41534953545431L; // "OASISTT1"

    private final int[] offsets;
    private final int[] targets;
    private final float[] minutes;
    private final double boundMinutes;
    private final boolean symmetric;
    private final String description;
    private final long fingerprint;

    /**
     * @param offsets      length {@code n + 1}, row {@code i} is {@code offsets[i] .. offsets[i+1]-1}
     * @param targets      destinations, strictly increasing within each row, diagonal included
     * @param minutes      times, finite, {@code >= 0}, {@code <= boundMinutes}, 0 on the diagonal
     * @param boundMinutes the limit the table was computed with
     * @param symmetric    whether {@code t_ij = t_ji} bit for bit with the same pairs both ways
     * @param description  how the times were obtained
     * @param fingerprint  identifies the inputs (network, points, parameters), see {@link RoadTravelTime}
     * @throws IllegalArgumentException if an invariant does not hold (checked in O(pairs))
     */
    public TravelTimeTable(int[] offsets, int[] targets, float[] minutes, double boundMinutes, boolean symmetric,
                           String description, long fingerprint) {
        this.offsets = offsets;
        this.targets = targets;
        this.minutes = minutes;
        this.boundMinutes = boundMinutes;
        this.symmetric = symmetric;
        this.description = description;
        this.fingerprint = fingerprint;
        checkRows();
    }

    public int size() {
        return offsets.length - 1;
    }

    /** Ordered pairs stored, diagonal included. */
    public int pairCount() {
        return targets.length;
    }

    public double boundMinutes() {
        return boundMinutes;
    }

    public boolean isSymmetric() {
        return symmetric;
    }

    public String description() {
        return description;
    }

    public long fingerprint() {
        return fingerprint;
    }

    /** {@code t_ij} in minutes, or {@link TravelTimeModel#UNREACHED} when farther than the bound. O(log row). */
    public double minutes(int i, int j) {
        int p = Arrays.binarySearch(targets, offsets[i], offsets[i + 1], j);
        return p >= 0 ? minutes[p] : TravelTimeModel.UNREACHED;
    }

    /**
     * For every commune {@code i}, the nearest of the sources within the bound: the minimum over
     * the sources {@code s} of {@code t_is} (from {@code i} towards {@code s}), by one scan of the
     * rows, O(n + pairs) with no allocation; ties go to the smaller source index. A commune with no
     * source within the bound gets {@link TravelTimeModel#UNREACHED} and -1: its nearest source,
     * if any, is farther than the bound.
     *
     * @param isSource  per commune, whether it is a source (length {@code size()})
     * @param toNearest output: minutes, length {@code size()}
     * @param nearest   output: the source, length {@code size()}
     * @return the number of communes with a source within the bound
     */
    public int nearestWithinBound(boolean[] isSource, double[] toNearest, int[] nearest) {
        int n = size();
        int found = 0;
        for (int i = 0; i < n; i++) {
            float best = Float.POSITIVE_INFINITY;
            int at = -1;
            for (int p = offsets[i]; p < offsets[i + 1]; p++) {
                if (isSource[targets[p]] && minutes[p] < best) {
                    best = minutes[p];
                    at = targets[p];
                }
            }
            toNearest[i] = at < 0 ? TravelTimeModel.UNREACHED : best;
            nearest[i] = at;
            found += at < 0 ? 0 : 1;
        }
        return found;
    }

    /**
     * The pairs within {@code maxMinutes}, which may not exceed the bound (pairs beyond it are not
     * known). Linear in the pairs; rows keep their destination order.
     */
    public Catchment catchment(double maxMinutes) {
        if (!(maxMinutes >= 0) || !(maxMinutes <= boundMinutes)) {
            throw new IllegalArgumentException("travel-time table: limit " + maxMinutes + " min outside [0, "
                    + boundMinutes + "], the bound the table was computed with");
        }
        int n = size();
        int kept = 0;
        for (float t : minutes) {
            kept += t <= maxMinutes ? 1 : 0;
        }
        int[] keptOffsets = new int[n + 1];
        int[] keptTargets = new int[kept];
        double[] keptMinutes = new double[kept];
        int at = 0;
        for (int i = 0; i < n; i++) {
            for (int p = offsets[i]; p < offsets[i + 1]; p++) {
                if (minutes[p] <= maxMinutes) {
                    keptTargets[at] = targets[p];
                    keptMinutes[at++] = minutes[p];
                }
            }
            keptOffsets[i + 1] = at;
        }
        return new Catchment(keptOffsets, keptTargets, keptMinutes, maxMinutes, description, symmetric);
    }

    /** Writes the binary form (see the class comment); the stream is flushed, not closed. */
    public void write(OutputStream out) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(16 + 5 * pairCount() + 2 * size());
        DataOutputStream data = new DataOutputStream(buffer);
        data.writeLong(MAGIC);
        data.writeLong(0); // total length, patched below
        byte[] text = description.getBytes(StandardCharsets.UTF_8);
        data.writeInt(text.length);
        data.write(text);
        data.writeLong(fingerprint);
        data.writeInt(size());
        data.writeDouble(boundMinutes);
        data.writeBoolean(symmetric);
        data.writeInt(pairCount());
        for (int i = 0; i < size(); i++) {
            writeVarint(data, offsets[i + 1] - offsets[i]);
            int previous = -1;
            for (int p = offsets[i]; p < offsets[i + 1]; p++) {
                writeVarint(data, targets[p] - previous - 1);
                previous = targets[p];
            }
            for (int p = offsets[i]; p < offsets[i + 1]; p++) {
                data.writeFloat(minutes[p]);
            }
        }
        data.writeInt(0); // checksum, patched below
        ByteBuffer bytes = ByteBuffer.wrap(buffer.toByteArray());
        bytes.putLong(8, bytes.capacity());
        CRC32 crc = new CRC32();
        crc.update(bytes.array(), 0, bytes.capacity() - 4);
        bytes.putInt(bytes.capacity() - 4, (int) crc.getValue());
        out.write(bytes.array());
        out.flush();
    }

    /**
     * Reads a table written by {@link #write} (the whole stream, into memory first).
     *
     * @throws IOException on a read failure, a truncated stream, a foreign or damaged file
     *                     (bad magic, length or checksum, or a broken invariant)
     */
    public static TravelTimeTable read(InputStream in) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(in.readAllBytes());
        if (bytes.capacity() < 16 || bytes.getLong(0) != MAGIC) {
            throw new IOException("travel-time table: not a table file (bad magic number)");
        }
        long length = bytes.getLong(8);
        if (length != bytes.capacity()) {
            String problem = length > bytes.capacity() ? "truncated file" : "trailing data";
            throw new IOException("travel-time table: " + problem + " (" + bytes.capacity() + " bytes, " + length
                    + " expected)");
        }
        CRC32 crc = new CRC32();
        crc.update(bytes.array(), 0, bytes.capacity() - 4);
        if (bytes.getInt(bytes.capacity() - 4) != (int) crc.getValue()) {
            throw new IOException("travel-time table: checksum mismatch (damaged file)");
        }
        try {
            bytes.position(16);
            byte[] text = new byte[bytes.getInt()];
            bytes.get(text);
            String description = new String(text, StandardCharsets.UTF_8);
            long fingerprint = bytes.getLong();
            int n = bytes.getInt();
            double bound = bytes.getDouble();
            boolean symmetric = bytes.get() != 0;
            int pairs = bytes.getInt();
            if (n < 0 || pairs < n || pairs > bytes.remaining() || !(bound >= 0)) {
                throw new IOException("travel-time table: bad header (" + n + " communes, " + pairs + " pairs, bound "
                        + bound + ")");
            }
            int[] offsets = new int[n + 1];
            int[] targets = new int[pairs];
            float[] minutes = new float[pairs];
            for (int i = 0; i < n; i++) {
                int count = readVarint(bytes);
                if (count > pairs - offsets[i]) {
                    throw new IOException("travel-time table: row " + i + " overruns the pair count");
                }
                offsets[i + 1] = offsets[i] + count;
                long previous = -1;
                for (int p = offsets[i]; p < offsets[i + 1]; p++) {
                    previous += 1L + readVarint(bytes);
                    if (previous >= n) {
                        throw new IOException("travel-time table: row " + i + " has a destination beyond " + (n - 1));
                    }
                    targets[p] = (int) previous;
                }
                for (int p = offsets[i]; p < offsets[i + 1]; p++) {
                    minutes[p] = bytes.getFloat();
                }
            }
            if (offsets[n] != pairs || bytes.remaining() != 4) {
                throw new IOException("travel-time table: " + offsets[n] + " pairs read, header says " + pairs);
            }
            TravelTimeTable table = new TravelTimeTable(offsets, targets, minutes, bound, symmetric, description,
                    fingerprint);
            if (symmetric) {
                table.checkSymmetric();
            }
            return table;
        } catch (BufferUnderflowException | NegativeArraySizeException e) {
            throw new IOException("travel-time table: records overrun the file", e);
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private void checkRows() {
        int n = size();
        if (n < 0 || offsets[0] != 0 || offsets[n] != targets.length || targets.length != minutes.length) {
            throw new IllegalArgumentException("travel-time table: inconsistent compressed rows");
        }
        for (int i = 0; i < n; i++) {
            if (offsets[i + 1] < offsets[i]) {
                throw new IllegalArgumentException("travel-time table: row " + i + " has a negative length");
            }
            boolean diagonal = false;
            for (int p = offsets[i]; p < offsets[i + 1]; p++) {
                int j = targets[p];
                float t = minutes[p];
                if (j < 0 || j >= n || (p > offsets[i] && j <= targets[p - 1])) {
                    throw new IllegalArgumentException("travel-time table: row " + i
                            + " destinations not strictly increasing within 0.." + (n - 1));
                }
                if (!(t >= 0) || !(t <= boundMinutes)) {
                    throw new IllegalArgumentException("travel-time table: t(" + i + ", " + j + ") = " + t
                            + " outside [0, " + boundMinutes + "]");
                }
                if (j == i) {
                    diagonal = t == 0;
                }
            }
            if (!diagonal) {
                throw new IllegalArgumentException("travel-time table: row " + i + " lacks t(i, i) = 0");
            }
        }
    }

    private void checkSymmetric() {
        for (int i = 0; i < size(); i++) {
            for (int p = offsets[i]; p < offsets[i + 1]; p++) {
                if (minutes(targets[p], i) != minutes[p]) {
                    throw new IllegalArgumentException("travel-time table: claimed symmetric but t(" + i + ", "
                            + targets[p] + ") != t(" + targets[p] + ", " + i + ")");
                }
            }
        }
    }

    private static void writeVarint(DataOutputStream out, int value) throws IOException {
        while ((value & ~0x7F) != 0) {
            out.writeByte((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        out.writeByte(value);
    }

    private static int readVarint(ByteBuffer in) throws IOException {
        int value = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            int b = in.get() & 0xFF;
            value |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                if (value < 0) {
                    break;
                }
                return value;
            }
        }
        throw new IOException("travel-time table: malformed number");
    }
}
