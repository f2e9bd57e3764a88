package fr.oasis.accessibility.engine;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The engine stays a plain library: JDK and JTS only, no framework type inside computations. */
class EngineDependencyTest {

    private static final Path ENGINE = Path.of("src/main/java/fr/oasis/accessibility/engine");
    private static final List<String> ALLOWED = List.of("java.", "org.locationtech.jts.", "fr.oasis.accessibility.engine.");
    private static final List<String> FORBIDDEN = List.of("org.springframework", "jakarta.", "javax.persistence",
            "com.fasterxml", "org.hibernate", "fr.oasis.accessibility.batch");

    @Test
    void engineImportsOnlyTheJdkAndJts() throws IOException {
        assertThat(ENGINE).as("engine sources (tests run from the module directory)").isDirectory();
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.list(ENGINE)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int k = 0; k < lines.size(); k++) {
                    String line = lines.get(k).trim();
                    String where = file.getFileName() + ":" + (k + 1) + " " + line;
                    if (line.startsWith("import ")) {
                        String name = line.substring(7).replace("static ", "").trim();
                        if (ALLOWED.stream().noneMatch(name::startsWith)) {
                            violations.add(where);
                        }
                    }
                    if (FORBIDDEN.stream().anyMatch(line::contains)) {
                        violations.add(where);
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
        assertThat(ENGINE.resolve("package-info.java")).exists();
    }
}
