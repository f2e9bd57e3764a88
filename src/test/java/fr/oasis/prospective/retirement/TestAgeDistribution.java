package fr.oasis.prospective.retirement;

import fr.oasis.importer.ImportManifest;
import fr.oasis.importer.ManifestImporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The test DREES age distribution (15 rows, millésime 2021) imported through a manifest, as an analyst would. */
final class TestAgeDistribution {
    private TestAgeDistribution() {
    }

    static void importInto(ManifestImporter importer, Path dir) throws IOException {
        Files.copy(Path.of("src/test/resources/importer/effectifs_tranche_age-test.csv"), dir.resolve("ages.csv"));
        Files.writeString(dir.resolve("manifest.yml"), """
                name: age distribution test
                sources:
                  - type: age-distribution
                    path: ages.csv
                    vintage: 2021
                    label: "DREES, RPPS (test)"
                """);
        importer.run(ImportManifest.read(dir.resolve("manifest.yml")), "test");
    }
}
