package fr.oasis.accessibility.engine;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The hot-loop series stay within one ulp of the library; distances match textbook values. */
class GreatCircleTest {

    @Test
    void seriesAreWithinOneUlpOfTheLibrary() {
        Random random = new Random(42);
        for (int k = 0; k < 200_000; k++) {
            double x = (random.nextDouble() * 2 - 1) * 0.012; // also crosses the 0.01 switch
            // compared in binary: AssertJ's isCloseTo measures the gap between decimal renderings
            assertTrue(Math.abs(GreatCircle.sine(x) - Math.sin(x)) <= Math.ulp(Math.sin(x)), "sin(" + x + ")");
            double y = Math.abs(x);
            assertTrue(Math.abs(GreatCircle.arcsine(y) - Math.asin(y)) <= Math.ulp(Math.asin(y)), "asin(" + y + ")");
        }
        assertThat(GreatCircle.arcsine(1 + 1e-15)).isEqualTo(Math.PI / 2);
    }

    @Test
    void knownDistances() {
        // one degree of a meridian: 6371 · π / 180 = 111.19492664455873 km
        assertThat(GreatCircle.haversineKm(2, 46, 2, 47)).isCloseTo(111.19492664455873, within(1e-9));
        // a quarter of the equator
        assertThat(GreatCircle.haversineKm(0, 0, 90, 0)).isCloseTo(6371 * Math.PI / 2, within(1e-9));
        assertThat(GreatCircle.haversineKm(0, 0, 180, 0)).isCloseTo(6371 * Math.PI, within(1e-9));
    }
}
