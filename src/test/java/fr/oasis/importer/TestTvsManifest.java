package fr.oasis.importer;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A manifest importing a test TVS correspondence (columns as in the DREES file), written into a
 * test's folder, optionally followed by more sources (YAML list items, indented as sources).
 */
public final class TestTvsManifest {
    private TestTvsManifest() {
    }

    /** The test fixture {@code name} of {@code src/test/resources/importer/groupings}. */
    public static Path fixture(String name) {
        try {
            return Path.of(TestTvsManifest.class.getResource("/importer/groupings/correspondance_communes_tvs-test.csv")
                    .toURI()).getParent().resolve(name);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes {@code tvs.yml} into {@code dir}: the groupings of {@code table}, then {@code moreSources}. */
    public static Path write(Path dir, Path table, String moreSources) throws IOException {
        return Files.writeString(dir.resolve("tvs.yml"), ("""
                name: tvs
                sources:
                  - type: groupings
                    grouping: tvs
                    path: %s
                    vintage: 2019
                    label: "DREES (test)"
                    columns:
                      commune: "Code commune"
                      code: "Code du territoire de vie-santé"
                      name: "Libellé du territoire de vie-santé"
                """.formatted(table) + moreSources).replace("\\", "/"));
    }
}
