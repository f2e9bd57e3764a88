package fr.oasis.importer.source;

import fr.oasis.importer.record.PractitionerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static fr.oasis.importer.source.ReaderTestSupport.assertHasProblem;
import static fr.oasis.importer.source.ReaderTestSupport.fixture;
import static fr.oasis.importer.source.ReaderTestSupport.problems;
import static fr.oasis.importer.source.ReaderTestSupport.write;
import static org.assertj.core.api.Assertions.assertThat;

class AnnuaireSanteReaderTest {
    private static final String FIXTURE = "PS_LibreAcces_Personne_activite_202504040839.txt";
    /** The five required columns plus the structure, in a shuffled order with an unused one. */
    private static final String HEADER = "Identifiant PP|Nom d'exercice|Code profession|Code savoir-faire|"
            + "Code mode exercice|Identifiant technique de la structure|Code commune (coord. structure)|\n";
    private final AnnuaireSanteReader reader = new AnnuaireSanteReader();

    @TempDir
    Path dir;

    @Test
    void keepsLiberalCatalogueActivitiesOneRecordPerSite() {
        Path file = fixture(FIXTURE);
        assertThat(reader.canRead(file)).isTrue();

        ReadResult<PractitionerRecord> result = reader.read(file);

        assertThat(result.vintage()).isEqualTo(2025);
        assertThat(result.itemsRead()).isEqualTo(10);
        assertThat(result.skipped()).isEqualTo(4);
        assertThat(result.records()).containsExactly(
                new PractitionerRecord("10000000001#1", "MG", "SM54", "55029", null, null, 2250.0, null, false,
                        FIXTURE + "#line 2"),
                new PractitionerRecord("10000000001#2", "MG", "SM54", "55545", null, null, 2250.0, null, false,
                        FIXTURE + "#line 3"),
                new PractitionerRecord("10000000002#1", "INF", null, "2A004", null, null, 1.0, null, false,
                        FIXTURE + "#line 5"),
                new PractitionerRecord("10000000007#1", "PHARMA", null, "55029", null, null, 1.0, null, false,
                        FIXTURE + "#line 10"),
                new PractitionerRecord("10000000008#1", "OPHTALMO", "SM38", "55545", null, null, 1.0, null, false,
                        FIXTURE + "#line 11"));
        assertThat(result.warnings()).extracting(p -> p.message()).containsExactlyInAnyOrder(
                "1 line(s) skipped: not a liberal activity (Code mode exercice other than L)",
                "2 line(s) skipped: profession or specialty outside the catalogue",
                "1 line(s) skipped: liberal activity without a commune code (site abroad or incomplete address)");
    }

    @Test
    void sniffsTheHeaderNotJustTheExtension() {
        assertThat(reader.canRead(write(dir, "activites.txt", HEADER))).isTrue();
        assertThat(reader.canRead(write(dir, "other.txt", "id|name\n"))).isFalse();
        assertThat(reader.canRead(write(dir, "activites.json", HEADER))).isFalse();
    }

    @Test
    void listsEveryMissingRequiredColumn() {
        Path file = write(dir, "ps.txt", "Identifiant PP|Code profession|Nom d'exercice|\n1|10|X|\n");

        assertHasProblem(problems(() -> reader.read(file)), "ps.txt", "line 1",
                "Code savoir-faire, Code mode exercice, Code commune (coord. structure)", "missing column(s)");
    }

    @Test
    void malformedCommuneOrControlCharacterNamesTheLine() {
        Path file = write(dir, "ps.txt", HEADER
                + "1|A|60||L|S1|55029|\n"
                + "2|B|60||L|S2|5502|\n"
                + "3|C|10|SM54|L|S3|BAR-LE-DUC|\n"
                + "4\u0007|D|70||L|S4|55029|\n"
                + "5|E|70||S|S5|nowhere|\n");

        var problems = problems(() -> reader.read(file));

        assertThat(problems).hasSize(3);
        assertHasProblem(problems, "ps.txt", "line 3", "Code commune (coord. structure)", "'5502'");
        assertHasProblem(problems, "ps.txt", "line 4", "Code commune (coord. structure)", "'BAR-LE-DUC'");
        assertHasProblem(problems, "ps.txt", "line 5", "Identifiant PP", "control character U+0007");
    }

    @Test
    void hostileTextIsKeptVerbatimAndSitesFallBackToTheCommune() {
        Path file = write(dir, "ps.txt", HEADER
                + "<script>x</script>|A|60||L||55029|\n"
                + "<script>x</script>|A|60||L||55545|\n"
                + "<script>x</script>|A|60||L||55029|\n");

        ReadResult<PractitionerRecord> result = reader.read(file);

        assertThat(result.vintage()).isNull();
        assertThat(result.records()).extracting(PractitionerRecord::id, PractitionerRecord::communeCode,
                        PractitionerRecord::activity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("<script>x</script>#1", "55029", 0.5),
                        org.assertj.core.groups.Tuple.tuple("<script>x</script>#2", "55545", 0.5));
    }

    @Test
    void refusesAFileOverTheSizeLimit() {
        Path file = write(dir, "ps.txt", HEADER + "1|A|60||L|S1|55029|\n");

        assertHasProblem(problems(() -> new AnnuaireSanteReader(new ReadLimits(64, 10)).read(file)),
                "ps.txt", "", "", "larger than the 64-byte limit");
    }
}
