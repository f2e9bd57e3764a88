package fr.oasis.accessibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.oasis.accessibility.engine.RoadNetwork;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The stored form of a road network gives back exactly the network that was stored. */
class RoadNetworkCodecTest {

    /** A random graph (one-way and two-way roads, parallel arcs, loops), seeded. */
    static RoadNetwork randomNetwork(long seed, int nodes, int roads) {
        Random random = new Random(seed);
        RoadNetwork.Builder b = RoadNetwork.builder("random network, seed " + seed + " — voies communales");
        for (int u = 0; u < nodes; u++) {
            b.node(5 + random.nextDouble(), 48 + random.nextDouble());
        }
        for (int r = 0; r < roads; r++) {
            b.road(random.nextInt(nodes), random.nextInt(nodes), random.nextDouble() * 12,
                    random.nextDouble() * 15_000, random.nextBoolean());
        }
        return b.build();
    }

    @Test
    void roundTripKeepsEveryNodeAndArcExactly() {
        for (long seed = 1; seed <= 5; seed++) {
            RoadNetwork original = randomNetwork(seed, 500, 1_500);
            RoadNetwork copy = RoadNetworkCodec.decode(RoadNetworkCodec.encode(original));
            String why = "seed " + seed;
            assertThat(copy.describe()).as(why).isEqualTo(original.describe());
            assertThat(copy.nodeCount()).as(why).isEqualTo(500);
            assertThat(copy.arcCount()).as(why).isEqualTo(original.arcCount()).isGreaterThan(1_500);
            assertThat(copy.lons()).as(why).containsExactly(original.lons());
            assertThat(copy.lats()).as(why).containsExactly(original.lats());
            assertThat(copy.offsets()).as(why).containsExactly(original.offsets());
            assertThat(copy.heads()).as(why).containsExactly(original.heads());
            assertThat(copy.minutes()).as(why).containsExactly(original.minutes());
            assertThat(copy.meters()).as(why).containsExactly(original.meters());
        }
    }

    @Test
    void anEmptyNetworkRoundTrips() {
        RoadNetwork copy = RoadNetworkCodec.decode(RoadNetworkCodec.encode(RoadNetwork.builder("").build()));
        assertThat(copy.nodeCount()).isZero();
        assertThat(copy.arcCount()).isZero();
        assertThat(copy.offsets()).containsExactly(0);
    }

    @Test
    void corruptedBytesAreRefusedWithAReason() {
        byte[] encoded = RoadNetworkCodec.encode(randomNetwork(7, 50, 100));
        assertThatThrownBy(() -> RoadNetworkCodec.decode(Arrays.copyOf(encoded, encoded.length / 2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("stored road network");
        assertThatThrownBy(() -> RoadNetworkCodec.decode(new byte[] {1, 2, 3, 4, 5}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("stored road network");
        // A valid stream whose content is not a network: deflated zeros.
        byte[] zeros = RoadNetworkCodec.encode(RoadNetwork.builder("").build());
        zeros[zeros.length / 2] ^= 0x55;
        assertThatThrownBy(() -> RoadNetworkCodec.decode(zeros)).isInstanceOf(IllegalArgumentException.class);
    }
}
