package fr.oasis.tabular;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The delimited-file reader stays below every feature: JDK only, no other Oasis package, so the
 * importers, the {@code apl} command and the road network readers may all use it without cycles.
 */
class TabularDependencyTest {

    private static final Path TABULAR = Path.of("src/main/java/fr/oasis/tabular");

    @Test
    void tabularImportsOnlyTheJdk() throws IOException {
        assertThat(TABULAR).as("tabular sources (tests run from the module directory)").isDirectory();
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.list(TABULAR)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int k = 0; k < lines.size(); k++) {
                    String line = lines.get(k).trim();
                    boolean foreignImport = line.startsWith("import ") && !line.startsWith("import java.");
                    boolean oasisName = line.contains("fr.oasis.") && !line.contains("fr.oasis.tabular");
                    if (foreignImport || oasisName) {
                        violations.add(file.getFileName() + ":" + (k + 1) + " " + line);
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
        assertThat(TABULAR.resolve("package-info.java")).exists();
    }
}
