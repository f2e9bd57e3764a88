package fr.oasis.encoding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** What {@link Gzip} writes is a gzip stream that gives the body back, smaller when it repeats itself. */
class GzipTest {
    private static byte[] gunzip(byte[] gz) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            return in.readAllBytes();
        }
    }

    @Test
    void givesTheBodyBack() throws IOException {
        byte[] geoJson = "{\"type\":\"FeatureCollection\",\"features\":[]}".repeat(2000).getBytes(StandardCharsets.UTF_8);
        byte[] gz = Gzip.compress(geoJson);
        assertThat(gz[0] & 0xff).as("gzip magic").isEqualTo(0x1f);
        assertThat(gz[1] & 0xff).isEqualTo(0x8b);
        assertThat(gz.length).isLessThan(geoJson.length / 20);
        assertThat(gunzip(gz)).isEqualTo(geoJson);
    }

    @Test
    void emptyAndIncompressibleBodies() throws IOException {
        assertThat(gunzip(Gzip.compress(new byte[0]))).isEmpty();
        byte[] noise = new byte[200_000];
        new Random(7).nextBytes(noise);
        assertThat(gunzip(Gzip.compress(noise))).as("seed 7").isEqualTo(noise);
    }
}
