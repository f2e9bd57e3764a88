package fr.oasis.importer.source;

import static fr.oasis.importer.source.ReaderTestSupport.assertHasProblem;
import static fr.oasis.importer.source.ReaderTestSupport.fixture;
import static fr.oasis.importer.source.ReaderTestSupport.problems;
import static fr.oasis.importer.source.ReaderTestSupport.write;
import static org.assertj.core.api.Assertions.assertThat;

import fr.oasis.importer.problem.ImportProblem;
import fr.oasis.importer.record.IndicatorRecord;
import fr.oasis.indicator.store.Aggregation;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Territory-keyed JSON (an object of named values per INSEE code), from hand-written fixtures. */
class TerritoryJsonReaderTest {
    private final TerritoryJsonReader reader = new TerritoryJsonReader();

    @TempDir
    Path dir;

    @Test
    void knownMembersBecomeFiguresWithLevelAndYearFromTheFileName() {
        Path file = fixture("part_75ans_plus_2022_communes-test.json");
        assertThat(reader.canRead(file)).isTrue();

        ReadResult<IndicatorRecord> result = reader.read(file);

        assertThat(result.records()).extracting(IndicatorRecord::code).containsExactly("9A001", "9A002", "9B001");
        assertThat(result.records()).allSatisfy(r -> {
            assertThat(r.indicator()).isEqualTo("share75rp");
            assertThat(r.level()).isEqualTo("commune");
            assertThat(r.year()).isEqualTo(2022);
            assertThat(r.unit()).isEqualTo("%");
            assertThat(r.aggregation()).isEqualTo(Aggregation.WEIGHTED_MEAN);
        });
        assertThat(result.records().get(1).value()).isEqualTo(20.0);
        assertThat(result.records().get(1).origin()).isEqualTo("part_75ans_plus_2022_communes-test.json#key '9A002'");
        assertThat(result.vintage()).isEqualTo(2022);
    }

    @Test
    void nullIsMissingAndNamesAreIgnored() {
        ReadResult<IndicatorRecord> result = reader.read(fixture("fedi_2021_communes-test.json"));

        assertThat(result.records()).hasSize(5).allSatisfy(r -> assertThat(r.indicator()).isEqualTo("fedi"));
        assertThat(result.records()).filteredOn(r -> r.code().equals("9B002")).singleElement()
                .satisfies(r -> assertThat(r.value()).isNull());
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void withoutAYearInItsNameTheFileTakesTheManifestVintageWithAWarning() {
        Path file = fixture("tx_chomage_departements-test.json");

        ReadResult<IndicatorRecord> result = reader.read(file, 2024);

        assertThat(result.records()).hasSize(4).allSatisfy(r -> {
            assertThat(r.year()).isEqualTo(2024);
            assertThat(r.level()).isEqualTo("departement");
        });
        assertThat(result.records()).extracting(IndicatorRecord::indicator)
                .containsExactly("unemployment", "unemployment1524", "unemployment", "unemployment1524");
        assertThat(result.warnings()).extracting(ImportProblem::field, ImportProblem::message).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("", "no year in the file name: the manifest vintage 2024 is used"),
                org.assertj.core.groups.Tuple.tuple("tx_inconnu", "member not imported: no indicator is declared for it"));
        assertHasProblem(problems(() -> reader.read(file)), "tx_chomage_departements-test.json", "", "",
                "no year in the file name");
    }

    @Test
    void aFileThatIsNotAnObjectOfObjectsIsAnErrorNamingTheKey() {
        Path array = write(dir, "fedi_2021_communes.json", "[{\"code\": \"55029\", \"EDI\": 1.2}]");
        assertHasProblem(problems(() -> reader.read(array)), "fedi_2021_communes.json", "line 1, column 1", "",
                "expected a JSON object keyed by territory code, found an array");
        Path flat = write(dir, "fedi_2021_departements.json", "{\"55\": {\"EDI\": 3.4}, \"54\": 4.1, \"52\": [1]}");
        List<ImportProblem> problems = problems(() -> reader.read(flat));
        assertHasProblem(problems, "fedi_2021_departements.json", "key '54'", "",
                "expected an object of named values for the territory, found number");
        assertHasProblem(problems, "fedi_2021_departements.json", "key '52'", "", "found array");
        Path text = write(dir, "fedi_2021_communes_x.json", "{\"55029\": {\"EDI\": \"élevé\"}}");
        assertHasProblem(problems(() -> reader.read(text)), "fedi_2021_communes_x.json", "key '55029'", "EDI",
                "expected a number or null, found \"élevé\"");
        Path none = write(dir, "autre_2021_communes.json", "{\"55029\": {\"nom\": \"Bar-le-Duc\", \"x\": 1}}");
        assertHasProblem(problems(() -> reader.read(none)), "autre_2021_communes.json", "", "", "no known member");
        Path truncated = write(dir, "fedi_2021_communes_t.json", "{\"55029\": {\"EDI\": 1.2");
        assertHasProblem(problems(() -> reader.read(truncated)), "fedi_2021_communes_t.json", "line 1, column 22", "EDI",
                "malformed JSON");
    }

    @Test
    void levelAndYearMustBeReadableFromTheName() {
        Path noLevel = write(dir, "fedi_2021.json", "{\"55029\": {\"EDI\": 1.2}}");
        assertHasProblem(problems(() -> reader.read(noLevel)), "fedi_2021.json", "", "", "territory level");
        Path twoYears = write(dir, "fedi_2019_2021_communes.json", "{\"55029\": {\"EDI\": 1.2}}");
        assertHasProblem(problems(() -> reader.read(twoYears)), "fedi_2019_2021_communes.json", "", "",
                "several years [2019, 2021]");
        Path duplicate = write(dir, "fedi_2021_communes_d.json", "{\"55029\": {\"EDI\": 1.2}, \"55029\": {\"EDI\": 1}}");
        assertHasProblem(problems(() -> reader.read(duplicate)), "fedi_2021_communes_d.json", "key '55029'", "",
                "duplicate code 55029");
    }
}
