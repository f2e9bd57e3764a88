package fr.oasis.importer.source;

import fr.oasis.territory.record.CogRegion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static fr.oasis.importer.source.ReaderTestSupport.assertHasProblem;
import static fr.oasis.importer.source.ReaderTestSupport.fixture;
import static fr.oasis.importer.source.ReaderTestSupport.problems;
import static fr.oasis.importer.source.ReaderTestSupport.write;
import static org.assertj.core.api.Assertions.assertThat;

class DecoupageRegionReaderTest {
    private final DecoupageRegionReader reader = new DecoupageRegionReader();

    @TempDir
    Path dir;

    @Test
    void readsRegions() {
        Path file = fixture("regions-test.json");
        assertThat(reader.canRead(file)).isTrue();
        assertThat(reader.canRead(fixture("departements-test.json"))).isFalse();

        ReadResult<CogRegion> result = reader.read(file);

        assertThat(result.skipped()).isEqualTo(1);
        assertThat(result.warnings()).singleElement().satisfies(w -> assertThat(w.message()).contains("975"));
        assertThat(result.records()).containsExactly(
                new CogRegion("44", "Grand Est", "regions-test.json#object 1"),
                new CogRegion("94", "Corse", "regions-test.json#object 2"));
    }

    @Test
    void reportsNonObjectElementAndMissingName() {
        Path file = write(dir, "regions.json", "[\"44\", {\"code\": \"94\"}]");

        var problems = problems(() -> reader.read(file));

        assertHasProblem(problems, "regions.json", "object 1", "", "expected a JSON object");
        assertHasProblem(problems, "regions.json", "object 2", "nom", "missing");
    }
}
