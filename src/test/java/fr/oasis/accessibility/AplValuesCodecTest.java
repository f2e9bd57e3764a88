package fr.oasis.accessibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The stored form of a run's values gives back exactly the values stored, NaN and missing included. */
class AplValuesCodecTest {

    static AplValuesCodec.Values random(long seed, int n) {
        Random random = new Random(seed);
        String[] codes = new String[n];
        double[] apl = new double[n];
        double[] nearest = new double[n];
        for (int i = 0; i < n; i++) {
            codes[i] = String.format("%02d%03d", 1 + i / 1000, i % 1000);
            apl[i] = random.nextDouble() * 8;
            nearest[i] = random.nextInt(10) == 0 ? Double.NaN : random.nextDouble() * 45;
        }
        return new AplValuesCodec.Values(codes, apl, nearest);
    }

    @Test
    void roundTripKeepsEveryValueBitForBit() {
        AplValuesCodec.Values original = random(7, 5_000);
        AplValuesCodec.Values copy = AplValuesCodec.decode(AplValuesCodec.encode(original));
        assertThat(copy.codes()).containsExactly(original.codes());
        assertThat(bits(copy.apl())).containsExactly(bits(original.apl()));
        assertThat(bits(copy.nearestMinutes())).containsExactly(bits(original.nearestMinutes()));
    }

    @Test
    void nanAplZeroAndExtremesSurviveAndMissingTimesStayMissing() {
        String[] codes = {"2A004", "2B033", "97411", "55001", "Œ-ça"};
        double[] apl = {Double.NaN, 0.0, -0.0, Double.MIN_VALUE, Double.MAX_VALUE};
        double[] nearest = {Double.NaN, Double.POSITIVE_INFINITY, 0.0, 12.345678901234567, Double.NEGATIVE_INFINITY};
        AplValuesCodec.Values copy = AplValuesCodec.decode(AplValuesCodec.encode(
                new AplValuesCodec.Values(codes, apl, nearest)));
        assertThat(copy.codes()).containsExactly(codes);
        assertThat(Double.isNaN(copy.apl()[0])).isTrue();
        assertThat(bits(copy.apl())).containsExactly(bits(apl));
        // No practitioner at all, or an infinite time: both read back as missing (NaN).
        assertThat(copy.nearestMinutes()[0]).isNaN();
        assertThat(copy.nearestMinutes()[1]).isNaN();
        assertThat(copy.nearestMinutes()[4]).isNaN();
        assertThat(copy.nearestMinutes()[2]).isZero();
        assertThat(copy.nearestMinutes()[3]).isEqualTo(12.345678901234567);
    }

    @Test
    void emptyRunRoundTrips() {
        AplValuesCodec.Values copy = AplValuesCodec.decode(AplValuesCodec.encode(
                new AplValuesCodec.Values(new String[0], new double[0], new double[0])));
        assertThat(copy.size()).isZero();
    }

    @Test
    void franceSizedRunIsCompact() {
        byte[] encoded = AplValuesCodec.encode(random(3, 35_000));
        // 35,000 communes: 2 doubles each (560 kB raw) plus codes; random doubles barely compress.
        assertThat(encoded.length).isBetween(300_000, 700_000);
    }

    @Test
    void corruptedOrForeignBytesAreRefusedWithAReason() {
        byte[] encoded = AplValuesCodec.encode(random(1, 100));
        assertThatThrownBy(() -> AplValuesCodec.decode(Arrays.copyOf(encoded, encoded.length / 2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("stored APL values");
        assertThatThrownBy(() -> AplValuesCodec.decode(new byte[] {1, 2, 3, 4}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not readable");
        assertThatThrownBy(() -> AplValuesCodec.decode(deflated(0x4F415602, 0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("format version 2");
        assertThatThrownBy(() -> AplValuesCodec.decode(deflated(0x4F524E31, 0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bad magic number");
        assertThatThrownBy(() -> AplValuesCodec.decode(deflated(0x4F415601, -5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("impossible commune count -5");
        assertThatThrownBy(() -> new AplValuesCodec.Values(new String[2], new double[2], new double[1]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] deflated(int head, int count) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new DeflaterOutputStream(bytes, new Deflater()))) {
            out.writeInt(head);
            out.writeInt(count);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    private static long[] bits(double[] values) {
        return Arrays.stream(values).mapToLong(Double::doubleToLongBits).toArray();
    }
}
