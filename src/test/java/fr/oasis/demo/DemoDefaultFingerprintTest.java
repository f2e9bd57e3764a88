package fr.oasis.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * The default demonstration must not change when the generator grows (other scales, new
 * draws): the records, practitioners and roads drawn for {@link DemoLoader#SEED} are pinned by
 * a SHA-256 of their text, taken before the France scale was added.
 */
class DemoDefaultFingerprintTest {

    @Test
    void defaultScaleRecordsAreUnchangedForTheSeed() throws Exception {
        DemoTerritory demo = DemoTerritory.generate(DemoLoader.SEED);
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (Object records : new Object[] {demo.regions(), demo.departements(), demo.communes(), demo.epcis(),
                demo.shapes(), demo.points()}) {
            sha.update(records.toString().getBytes(StandardCharsets.UTF_8));
        }
        demo.populations().forEach(p -> sha.update((p.communeCode() + Arrays.toString(p.bands()))
                .getBytes(StandardCharsets.UTF_8)));
        sha.update(DemoPractitioners.generate(demo, DemoLoader.SEED).toString().getBytes(StandardCharsets.UTF_8));
        var roads = DemoRoads.build(demo);
        StringBuilder network = new StringBuilder(roads.describe());
        network.append(Arrays.toString(roads.lons())).append(Arrays.toString(roads.lats()))
                .append(Arrays.toString(roads.offsets())).append(Arrays.toString(roads.heads()))
                .append(Arrays.toString(roads.minutes())).append(Arrays.toString(roads.meters()));
        sha.update(network.toString().getBytes(StandardCharsets.UTF_8));

        assertThat(HexFormat.of().formatHex(sha.digest())).isEqualTo("596943eea149c29bf7e47aaae3ec38565792f22f45211919fc3b20c3a5031421");
    }
}
