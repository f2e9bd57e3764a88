package fr.oasis.importer.source;

import fr.oasis.territory.record.CogCommune;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static fr.oasis.importer.source.ReaderTestSupport.assertHasProblem;
import static fr.oasis.importer.source.ReaderTestSupport.fixture;
import static fr.oasis.importer.source.ReaderTestSupport.problems;
import static fr.oasis.importer.source.ReaderTestSupport.write;
import static org.assertj.core.api.Assertions.assertThat;

class DecoupageCommuneReaderTest {
    private final DecoupageCommuneReader reader = new DecoupageCommuneReader();

    @TempDir
    Path dir;

    @Test
    void readsCurrentAssociatedAndDelegatedCommunes() {
        Path file = fixture("communes-test.json");
        assertThat(reader.canRead(file)).isTrue();

        List<CogCommune> communes = reader.read(file).records();

        assertThat(communes).containsExactly(
                new CogCommune("55029", "Bar-le-Duc", CogCommune.Type.CURRENT, "55", "44", null, 14500, List.of(),
                        "communes-test.json#object 1"),
                new CogCommune("55366", "Les Monthairons", CogCommune.Type.CURRENT, "55", "44", null, 420,
                        List.of("55367", "55368"), "communes-test.json#object 2"),
                new CogCommune("55367", "Le Petit Hameau", CogCommune.Type.DELEGATED, "55", "44", "55366", null,
                        List.of(), "communes-test.json#object 3"),
                new CogCommune("55368", "Grand-Hameau", CogCommune.Type.ASSOCIATED, "55", "44", "55366", null,
                        List.of(), "communes-test.json#object 4"),
                new CogCommune("55050", "Village-Mort", CogCommune.Type.CURRENT, "55", "44", null, null, List.of(),
                        "communes-test.json#object 5"));
    }

    @Test
    void namesObjectAndMemberOfEveryProblem() {
        Path file = write(dir, "communes.json", """
                [
                {"code": "55029", "nom": " ", "type": "commune-actuelle", "departement": "55", "region": "44"},
                {"code": "55030", "nom": "B", "type": "commune-deleguee", "departement": "55", "region": "44"},
                {"code": "55031", "nom": "C", "type": "ville", "departement": "55", "region": "44"},
                {"code": "55032", "nom": "D", "type": "commune-actuelle", "region": "44", "population": "12"},
                {"code": "55033", "nom": "E\\u001b[31m", "type": "commune-actuelle", "departement": "55", "region": "44"},
                {"code": "75101", "nom": "Paris 1er", "type": "arrondissement-municipal", "departement": "75", "region": "11"}
                ]""");

        var problems = problems(() -> reader.read(file));

        assertThat(problems).hasSize(6);
        assertHasProblem(problems, "communes.json", "object 1", "nom", "missing or blank");
        assertHasProblem(problems, "communes.json", "object 2", "chefLieu", "missing");
        assertHasProblem(problems, "communes.json", "object 3", "type", "unknown commune type 'ville'");
        assertHasProblem(problems, "communes.json", "object 4", "departement", "missing");
        assertHasProblem(problems, "communes.json", "object 4", "population", "non-negative integer");
        assertHasProblem(problems, "communes.json", "object 5", "nom", "control character U+001B");
    }

    @Test
    void skipsMunicipalArrondissementsWithWarning() {
        Path file = write(dir, "communes.json", """
                [{"code": "75101", "nom": "Paris 1er", "type": "arrondissement-municipal", "departement": "75", "region": "11"}]""");

        ReadResult<CogCommune> result = reader.read(file);

        assertThat(result.records()).isEmpty();
        assertThat(result.skipped()).isEqualTo(1);
        assertHasProblem(result.warnings(), "communes.json", "object 1", "", "75101");
    }

    @Test
    void refusesSomethingOtherThanAnArray() {
        Path file = write(dir, "communes.json", "{\"code\": \"55029\"}");

        assertHasProblem(problems(() -> reader.read(file)), "communes.json", "line 1, column 1", "", "array");
    }

    @Test
    void recognisesOnlyCommuneFiles() {
        assertThat(reader.canRead(fixture("epci-test.json"))).isFalse();
        assertThat(reader.canRead(fixture("departements-test.json"))).isFalse();
        assertThat(reader.canRead(fixture("regions-test.json"))).isFalse();
    }
}
