package fr.oasis.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The one way a rule defined in Java reaches the browser: an ES module written from the Java
 * definition ({@link ClassRulesScript}, {@link FrenchNumbersScript}), committed under
 * {@code static/js}, and a test that fails while the committed file differs from what the rule
 * writes now. {@code -Doasis.generated-modules.write=true} rewrites every such file when its test
 * runs. Also the JavaScript literals the writers share. Stateless.
 */
final class GeneratedModule {
    /** The system property that makes the tests rewrite the modules instead of only comparing. */
    static final String WRITE = "oasis.generated-modules.write";

    private GeneratedModule() {
    }

    /** Rewrites {@code file} when asked, then asserts that it holds {@code script}. */
    static void check(String file, String script, String rule) throws IOException {
        Path path = Path.of(file);
        if (Boolean.getBoolean(WRITE)) {
            Files.writeString(path, script);
        }
        assertThat(Files.readString(path)).as(file + " is generated from " + rule + ": run its test with -D" + WRITE
                + "=true").isEqualTo(script);
    }

    /** A JavaScript number: whole numbers without a decimal point. */
    static String number(double value) {
        return value == Math.rint(value) && !Double.isInfinite(value) ? Long.toString((long) value)
                : Double.toString(value);
    }

    /** A JavaScript array literal of numbers. */
    static String numbers(double[] values) {
        return Arrays.stream(values).mapToObj(GeneratedModule::number).collect(Collectors.joining(", ", "[", "]"));
    }

    /** A single-quoted JavaScript string, ASCII only (anything else as {@code \\uXXXX}). */
    static String string(String text) {
        StringBuilder sb = new StringBuilder("'");
        for (char c : text.toCharArray()) {
            if (c == '\'' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('\'').toString();
    }
}
