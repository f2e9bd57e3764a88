package fr.oasis.accessibility.batch;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The byte-level decimal fast path returns exactly what {@link Double#parseDouble} returns. */
class DecimalsTest {

    @Test
    void agreesWithParseDoubleBitForBit() {
        Random random = new Random(99);
        for (int k = 0; k < 200_000; k++) {
            String text = switch (k % 4) {
                case 0 -> String.format(Locale.ROOT, "%.6f", (random.nextDouble() - 0.5) * 360);
                case 1 -> Integer.toString(random.nextInt(1_000_000));
                case 2 -> String.format(Locale.ROOT, "%." + random.nextInt(10) + "f", random.nextDouble() * 1e5);
                default -> Long.toString(random.nextLong() % 1_000_000_000_000_000L); // too long: NaN
            };
            byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
            double fast = Decimals.parseSimple(bytes, 0, bytes.length);
            if (!Double.isNaN(fast)) {
                assertThat(Double.doubleToRawLongBits(fast)).as(text)
                        .isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(text)));
            }
        }
    }

    @Test
    void leavesAnythingElseToTheSlowPath() {
        for (String text : new String[] {"", "-", ".", "1e5", " 1", "1.2.3", "abc", "1,5", "12345678901234567"}) {
            byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
            assertThat(Decimals.parseSimple(bytes, 0, bytes.length)).as("'%s'", text).isNaN();
        }
    }
}
