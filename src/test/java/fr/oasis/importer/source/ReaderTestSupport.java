package fr.oasis.importer.source;

import fr.oasis.importer.problem.ImportException;
import fr.oasis.importer.problem.ImportProblem;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Fixture access and problem assertions shared by the reader tests. */
final class ReaderTestSupport {
    private ReaderTestSupport() {
    }

    /** A fixture under {@code src/test/resources/importer/}. */
    static Path fixture(String name) {
        try {
            return Path.of(ReaderTestSupport.class.getResource("/importer/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path write(Path dir, String name, String content) {
        try {
            return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code read}, expects an {@link ImportException}, and returns its problems. */
    static List<ImportProblem> problems(ThrowingCallable read) {
        ImportException e = catchThrowableOfType(ImportException.class, read);
        assertThat(e).as("expected an ImportException").isNotNull();
        return e.problems();
    }

    /** Asserts that some problem has this file, location and field, and a message containing {@code text}. */
    static void assertHasProblem(List<ImportProblem> problems, String file, String location, String field, String text) {
        assertThat(problems).as(problems.toString()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(file);
            assertThat(p.location()).isEqualTo(location);
            assertThat(p.field()).isEqualTo(field);
            assertThat(p.message()).contains(text);
        });
    }

    /** A GeoJSON Feature with a {@code code}/{@code nom} pair and the given geometry JSON. */
    static String feature(String code, String nom, String geometry) {
        return "{\"type\":\"Feature\",\"properties\":{\"code\":" + json(code) + ",\"nom\":" + json(nom)
                + "},\"geometry\":" + geometry + "}";
    }

    static String collection(String... features) {
        return "{\"type\":\"FeatureCollection\",\"features\":[\n" + String.join(",\n", features) + "\n]}";
    }

    static String square(double x, double y, double size) {
        return "{\"type\":\"Polygon\",\"coordinates\":[[[" + x + "," + y + "],[" + (x + size) + "," + y + "],["
                + (x + size) + "," + (y + size) + "],[" + x + "," + (y + size) + "],[" + x + "," + y + "]]]}";
    }

    private static String json(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
}
