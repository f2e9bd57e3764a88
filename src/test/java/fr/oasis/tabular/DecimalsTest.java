package fr.oasis.tabular;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The one number grammar: what it accepts, exactly the double {@link Double#parseDouble} gives. */
class DecimalsTest {

    private static double parse(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return Decimals.parse(bytes, 0, bytes.length);
    }

    private static long whole(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return Decimals.wholeNumber(bytes, 0, bytes.length);
    }

    @Test
    void agreesWithParseDoubleBitForBitOnSeededRandomDecimals() {
        long seed = 99;
        Random random = new Random(seed);
        for (int k = 0; k < 200_000; k++) {
            String text = switch (k % 5) {
                case 0 -> String.format(Locale.ROOT, "%.6f", (random.nextDouble() - 0.5) * 360);
                case 1 -> Integer.toString(random.nextInt(1_000_000));
                case 2 -> String.format(Locale.ROOT, "%." + random.nextInt(10) + "f", random.nextDouble() * 1e5);
                case 3 -> String.format(Locale.ROOT, "%.3e", (random.nextDouble() - 0.5) * 1e9);
                default -> Long.toString(random.nextLong() % 1_000_000_000_000_000L); // past the fast path
            };
            assertThat(Double.doubleToRawLongBits(parse(text))).as("seed %d: %s", seed, text)
                    .isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(text)));
            assertThat(parse(text.replace('.', ','))).as("decimal comma: %s", text).isEqualTo(parse(text));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"48.6921", "-0,5", "+3", "4500", ".5", "5.", "1.2e-3", "1E5", "00012"})
    void acceptsTheGrammar(String text) {
        assertThat(parse(text)).as(text).isEqualTo(Double.parseDouble(text.replace(',', '.')));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", ".", ",", "1e", "1e+", " 1", "1 ", "1.2.3", "1,2.3", "abc", "NaN", "Infinity",
            "0x10", "1d", "1f", "20 150", "1_000", "--1", "1e5.5", "١٢"})
    void refusesEverythingElse(String text) {
        assertThat(parse(text)).as("'%s'", text).isNaN();
        assertThat(Decimals.parse(text)).as("'%s' as a string", text).isNaN();
    }

    @Test
    void saysWhyANumberIsRefused() {
        assertThat(Decimals.problem("abc")).isEqualTo("not a number: 'abc'");
        assertThat(Decimals.problem("NaN")).isEqualTo("not a finite number: 'NaN'");
        assertThat(Decimals.problem("-Infinity")).isEqualTo("not a finite number: '-Infinity'");
        assertThat(parse("1e400")).isInfinite();
        assertThat(Decimals.problem("1e400")).isEqualTo("not a finite number: '1e400'");
        assertThat(Decimals.problem("x".repeat(100))).hasSize("not a number: ''".length() + 41);
    }

    @Test
    void wholeNumbersHaveAnOptionalSignAndAtMostEighteenDigits() {
        assertThat(whole("12")).isEqualTo(12);
        assertThat(whole("-7")).isEqualTo(-7);
        assertThat(whole("+7")).isEqualTo(7);
        assertThat(whole("999999999999999999")).isEqualTo(999_999_999_999_999_999L);
        for (String bad : new String[] {"", "-", "1.0", "14x", "1e3", "1234567890123456789", " 1"}) {
            assertThat(whole(bad)).as("'%s'", bad).isEqualTo(Decimals.NOT_WHOLE);
        }
    }

    @Test
    void separatorOfAnAcceptedNumber() {
        byte[] bytes = "3,5;4.25;12;1e5".getBytes(StandardCharsets.US_ASCII);
        assertThat(Decimals.separator(bytes, 0, 3)).isEqualTo(',');
        assertThat(Decimals.separator(bytes, 4, 8)).isEqualTo('.');
        assertThat(Decimals.separator(bytes, 9, 11)).isEqualTo((char) 0);
        assertThat(Decimals.separator(bytes, 12, 15)).isEqualTo((char) 0);
    }
}
