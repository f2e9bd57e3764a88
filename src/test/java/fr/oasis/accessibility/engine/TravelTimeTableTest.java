package fr.oasis.accessibility.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The stored form of a road table: exact round trip, damaged files rejected, a foreign table refused. */
class TravelTimeTableTest {

    /**
     * Three communes: 0 ↔ 1 in 4 min, 1 ↔ 2 in 4 min, 0 ↔ 2 beyond the 5-minute bound. With the
     * sources {0, 2}, commune 1 ties at 4 min and takes the smaller index; with {2} alone,
     * commune 0 has no source within the bound.
     */
    @Test
    void nearestWithinTheBoundScansTheRows() {
        TravelTimeTable table = new TravelTimeTable(new int[] {0, 2, 5, 7}, new int[] {0, 1, 0, 1, 2, 1, 2},
                new float[] {0, 4, 4, 0, 4, 4, 0}, 5, true, "hand", 1L);
        double[] minutes = new double[3];
        int[] nearest = new int[3];
        assertThat(table.nearestWithinBound(new boolean[] {true, false, true}, minutes, nearest)).isEqualTo(3);
        assertThat(minutes).containsExactly(0, 4, 0);
        assertThat(nearest).containsExactly(0, 0, 2);
        assertThat(table.nearestWithinBound(new boolean[] {false, false, true}, minutes, nearest)).isEqualTo(2);
        assertThat(minutes).containsExactly(TravelTimeModel.UNREACHED, 4, 0);
        assertThat(nearest).containsExactly(-1, 2, 2);
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 21})
    void binaryRoundTripIsExactAndRebuildsTheModelWithoutRouting(long seed) throws IOException {
        RoadTravelTimeRandomizedTest.Instance instance = RoadTravelTimeRandomizedTest.Instance.generate(seed, seed > 20);
        RoadTravelTime routed = RoadTravelTime.route(instance.network(), instance.lon(), instance.lat(),
                instance.access(), instance.bound());
        byte[] bytes = write(routed.table());
        TravelTimeTable read = TravelTimeTable.read(new ByteArrayInputStream(bytes));

        TravelTimeTable original = routed.table();
        assertThat(read.size()).isEqualTo(original.size());
        assertThat(read.pairCount()).isEqualTo(original.pairCount());
        assertThat(read.boundMinutes()).isEqualTo(original.boundMinutes());
        assertThat(read.isSymmetric()).isEqualTo(original.isSymmetric());
        assertThat(read.description()).isEqualTo(original.description());
        assertThat(read.fingerprint()).isEqualTo(original.fingerprint());
        Catchment a = original.catchment(instance.bound());
        Catchment b = read.catchment(instance.bound());
        assertThat(b.offsets()).containsExactly(a.offsets());
        assertThat(b.targets()).containsExactly(a.targets());
        assertThat(b.minutes()).containsExactly(a.minutes());
        assertThat(bytes.length).as("compact: under 6 bytes a pair plus the header")
                .isLessThan(6 * original.pairCount() + 4 * original.size() + 2048);

        RoadTravelTime rebuilt = RoadTravelTime.withTable(instance.network(), instance.lon(), instance.lat(),
                instance.access(), read);
        assertThat(rebuilt.describe()).isEqualTo(routed.describe());
        assertThat(rebuilt.unsnapped()).containsExactly(routed.unsnapped());
        double[] m1 = new double[routed.size()];
        double[] m2 = new double[routed.size()];
        int[] n1 = new int[routed.size()];
        int[] n2 = new int[routed.size()];
        routed.nearest(new int[] {0, 5}, m1, n1);
        rebuilt.nearest(new int[] {0, 5}, m2, n2);
        assertThat(m2).containsExactly(m1);
    }

    @Test
    void aTableOfOtherInputsIsRefused() {
        RoadTravelTimeRandomizedTest.Instance instance = RoadTravelTimeRandomizedTest.Instance.generate(12, false);
        RoadTravelTime routed = RoadTravelTime.route(instance.network(), instance.lon(), instance.lat(),
                instance.access(), instance.bound());
        double[] moved = instance.lon().clone();
        moved[3] += 0.001;
        assertThatThrownBy(() -> RoadTravelTime.withTable(instance.network(), moved, instance.lat(), instance.access(),
                routed.table())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not computed from");
        AccessLeg slower = new AccessLeg(instance.access().detour(), instance.access().speedKmh() / 2,
                instance.access().maxSnapKm(), instance.access().nearestNodes(), instance.access().directKm());
        assertThatThrownBy(() -> RoadTravelTime.withTable(instance.network(), instance.lon(), instance.lat(), slower,
                routed.table())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void damagedFilesAreRejected() throws IOException {
        byte[] bytes = write(smallTable());
        byte[] flipped = bytes.clone();
        flipped[flipped.length - 10] ^= 0x01;
        assertThatThrownBy(() -> TravelTimeTable.read(new ByteArrayInputStream(flipped)))
                .isInstanceOf(IOException.class);
        byte[] truncated = Arrays.copyOf(bytes, bytes.length - 3);
        assertThatThrownBy(() -> TravelTimeTable.read(new ByteArrayInputStream(truncated)))
                .isInstanceOf(IOException.class).hasMessageContaining("truncated");
        byte[] foreign = "code,apl\n01001,1.0\n".getBytes();
        assertThatThrownBy(() -> TravelTimeTable.read(new ByteArrayInputStream(foreign)))
                .isInstanceOf(IOException.class).hasMessageContaining("not a table file");
    }

    /**
     * 0 -> 1 in 4 min, 1 -> 0 in 5: a table claiming symmetry is refused on reading; the
     * constructor refuses a row without its diagonal and a time beyond the bound.
     */
    @Test
    void invariantsAreChecked() throws IOException {
        TravelTimeTable asymmetric = new TravelTimeTable(new int[] {0, 2, 4}, new int[] {0, 1, 0, 1},
                new float[] {0, 4, 5, 0}, 10, true, "claims symmetry", 1);
        assertThatThrownBy(() -> TravelTimeTable.read(new ByteArrayInputStream(write(asymmetric))))
                .isInstanceOf(IOException.class).hasMessageContaining("symmetric");
        assertThatThrownBy(() -> new TravelTimeTable(new int[] {0, 1, 2}, new int[] {1, 0}, new float[] {3, 3}, 10,
                false, "no diagonal", 1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("t(i, i) = 0");
        assertThatThrownBy(() -> new TravelTimeTable(new int[] {0, 2, 3}, new int[] {0, 1, 1}, new float[] {0, 12, 0},
                10, false, "beyond", 1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside");
        assertThat(smallTable().minutes(0, 1)).isEqualTo(4.0);
        assertThat(smallTable().minutes(1, 0)).as("absent: unreachable, never 0").isEqualTo(TravelTimeModel.UNREACHED);
    }

    private static TravelTimeTable smallTable() {
        return new TravelTimeTable(new int[] {0, 2, 3}, new int[] {0, 1, 1}, new float[] {0, 4, 0}, 10, false,
                "0 -> 1 in 4 min, one way", 42);
    }

    private static byte[] write(TravelTimeTable table) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        table.write(out);
        return out.toByteArray();
    }
}
