package fr.oasis.importer.source;

import fr.oasis.territory.record.CogEpci;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static fr.oasis.importer.source.ReaderTestSupport.assertHasProblem;
import static fr.oasis.importer.source.ReaderTestSupport.fixture;
import static fr.oasis.importer.source.ReaderTestSupport.problems;
import static fr.oasis.importer.source.ReaderTestSupport.write;
import static org.assertj.core.api.Assertions.assertThat;

class DecoupageEpciReaderTest {
    private final DecoupageEpciReader reader = new DecoupageEpciReader();

    @TempDir
    Path dir;

    @Test
    void readsEpciWithMembers() {
        Path file = fixture("epci-test.json");
        assertThat(reader.canRead(file)).isTrue();

        assertThat(reader.read(file).records()).containsExactly(
                new CogEpci("200000001", "CA Test du Barrois", "CA", java.util.List.of("55029", "55366"),
                        "epci-test.json#object 1"),
                new CogEpci("200000002", "CC Test d'Argonne", "CC", java.util.List.of("55050"),
                        "epci-test.json#object 2"));
    }

    @Test
    void namesTheMemberAtFault() {
        Path file = write(dir, "epci.json", """
                [
                {"code": "200000001", "nom": "A", "membres": [{"code": "55029"}, {"nom": "sans code"}]},
                {"code": "", "nom": "B", "membres": []}
                ]""");

        var problems = problems(() -> reader.read(file));

        assertHasProblem(problems, "epci.json", "object 1", "membres[1].code", "missing");
        assertHasProblem(problems, "epci.json", "object 2", "code", "missing");
        assertHasProblem(problems, "epci.json", "object 2", "membres", "empty member list");
    }
}
