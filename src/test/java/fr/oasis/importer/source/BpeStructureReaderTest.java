package fr.oasis.importer.source;

import fr.oasis.structure.StructureRecord;
import fr.oasis.structure.StructureType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static fr.oasis.importer.source.ReaderTestSupport.assertHasProblem;
import static fr.oasis.importer.source.ReaderTestSupport.fixture;
import static fr.oasis.importer.source.ReaderTestSupport.problems;
import static fr.oasis.importer.source.ReaderTestSupport.write;
import static org.assertj.core.api.Assertions.assertThat;

/** The care structures of the BPE per-commune and per-IRIS tables (official column layouts). */
class BpeStructureReaderTest {
    private static final String HEADER = "DEP;DEPCOM;TYPEQU;NB_EQUIP\n";
    private final BpeStructureReader reader = new BpeStructureReader();

    @TempDir
    Path dir;

    @Test
    void keepsTheSixStructureTypesWithTheirCountsAndSkipsTheOthers() {
        Path file = fixture("bpe2018_structures_commune-test.csv");
        assertThat(reader.canRead(file)).isTrue();

        ReadResult<StructureRecord> result = reader.read(file);

        String origin = "bpe2018_structures_commune-test.csv#line ";
        assertThat(result.vintage()).isEqualTo(2018);
        assertThat(result.itemsRead()).isEqualTo(10);
        assertThat(result.skipped()).isEqualTo(2);
        assertThat(result.warnings()).extracting(p -> p.field() + ": " + p.message()).containsExactly(
                "TYPEQU: 1 line(s) of equipment type D201 skipped: not a care structure of the catalogue",
                "TYPEQU: 1 line(s) of equipment type D502 skipped: not a care structure of the catalogue");
        // The zero count of 55545 D301 gives no record; 08079 is kept as published (re-keyed at import).
        assertThat(result.records()).containsExactly(
                record(StructureType.MSP, "55029", 1, origin + 2),
                record(StructureType.PHARMACY, "55029", 4, origin + 4),
                record(StructureType.LABORATORY, "55029", 2, origin + 5),
                record(StructureType.HEALTH_CENTRE, "55545", 1, origin + 6),
                record(StructureType.PHARMACY, "08079", 1, origin + 7),
                record(StructureType.EMERGENCY, "67482", 2, origin + 8),
                record(StructureType.MATERNITY, "67482", 1, origin + 9));
    }

    @Test
    void sumsIrisLinesPerCommune() {
        Path file = fixture("bpe2018_sante_iris-test.csv");

        ReadResult<StructureRecord> result = reader.read(file);

        assertThat(result.records()).singleElement().satisfies(r -> {
            assertThat(r.type()).isEqualTo(StructureType.MSP);
            assertThat(r.communeCode()).isEqualTo("55029");
            assertThat(r.count()).isEqualTo(1);
            assertThat(r.lon()).isNull();
        });
    }

    @Test
    void refusesUnknownTypesMalformedCodesAndBadCountsNamingLineAndField() {
        Path file = write(dir, "bpe.csv", HEADER
                + "55;55029;D113;1\n"
                + "55;55029;D113;1\n"
                + "55;55029;D999;1\n"
                + "55;55029;XX01;1\n"
                + "55;5502;D301;1\n"
                + "55;55030;D301;-1\n"
                + "55;55031;D302;\n"
                + "55;55032;D302;5001\n"
                + "55;55033;D106;un\n"
                + "55;55034;D106\n");

        var problems = problems(() -> reader.read(file));

        assertHasProblem(problems, "bpe.csv", "line 3", "DEPCOM, TYPEQU", "duplicate code 55029-D113, already used by line 2");
        assertHasProblem(problems, "bpe.csv", "line 4", "TYPEQU", "unknown equipment type 'D999'");
        assertHasProblem(problems, "bpe.csv", "line 5", "TYPEQU", "unknown equipment type 'XX01'");
        assertHasProblem(problems, "bpe.csv", "line 6", "DEPCOM", "'5502'");
        assertHasProblem(problems, "bpe.csv", "line 7", "NB_EQUIP", "count -1 outside 0-5000");
        assertHasProblem(problems, "bpe.csv", "line 8", "NB_EQUIP", "a missing count is not zero");
        assertHasProblem(problems, "bpe.csv", "line 9", "NB_EQUIP", "count 5001 outside 0-5000");
        assertHasProblem(problems, "bpe.csv", "line 10", "NB_EQUIP", "not a whole number: 'un'");
        assertThat(problems).anySatisfy(p -> assertThat(p.location()).isEqualTo("line 11"));
        assertThat(problems).hasSize(9);
    }

    @Test
    void listsMissingColumns() {
        Path file = write(dir, "bpe.csv", "DEP;DEPCOM;NB_EQUIP\n55;55029;1\n");

        assertThat(reader.canRead(file)).isFalse();
        assertHasProblem(problems(() -> reader.read(file)), "bpe.csv", "line 1", "TYPEQU", "missing column(s)");
    }

    private static StructureRecord record(StructureType type, String commune, int count, String origin) {
        return new StructureRecord(type, commune, count, null, null, null, null, null, 2018, origin);
    }
}
