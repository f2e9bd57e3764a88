package fr.oasis.importer.source;

import fr.oasis.territory.record.CogDepartement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static fr.oasis.importer.source.ReaderTestSupport.assertHasProblem;
import static fr.oasis.importer.source.ReaderTestSupport.fixture;
import static fr.oasis.importer.source.ReaderTestSupport.problems;
import static fr.oasis.importer.source.ReaderTestSupport.write;
import static org.assertj.core.api.Assertions.assertThat;

class DecoupageDepartementReaderTest {
    private final DecoupageDepartementReader reader = new DecoupageDepartementReader();

    @TempDir
    Path dir;

    @Test
    void readsDepartementsKeepingCorsicanCodes() {
        Path file = fixture("departements-test.json");
        assertThat(reader.canRead(file)).isTrue();
        assertThat(reader.canRead(fixture("communes-test.json"))).isFalse();

        ReadResult<CogDepartement> result = reader.read(file);

        assertThat(result.skipped()).isEqualTo(1);
        assertThat(result.records()).containsExactly(
                new CogDepartement("2A", "Corse-du-Sud", "94", "departements-test.json#object 1"),
                new CogDepartement("55", "Meuse", "44", "departements-test.json#object 2"));
    }

    @Test
    void reportsMissingRegion() {
        Path file = write(dir, "departements.json", "[{\"code\": \"55\", \"nom\": \"Meuse\"}]");

        assertHasProblem(problems(() -> reader.read(file)), "departements.json", "object 1", "region", "missing");
    }
}
