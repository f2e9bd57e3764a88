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

class BpePractitionerReaderTest {
    private static final String HEADER = "DEP;DEPCOM;TYPEQU;NB_EQUIP\n";
    private final BpePractitionerReader reader = new BpePractitionerReader();

    @TempDir
    Path dir;

    @Test
    void emitsOneCountBasedRecordPerEquipment() {
        Path file = fixture("bpe2018_sante_commune-test.csv");
        assertThat(reader.canRead(file)).isTrue();

        ReadResult<PractitionerRecord> result = reader.read(file);

        String origin = "bpe2018_sante_commune-test.csv#line ";
        assertThat(result.vintage()).isEqualTo(2018);
        assertThat(result.itemsRead()).isEqualTo(5);
        assertThat(result.skipped()).isEqualTo(1);
        assertThat(result.warnings()).extracting(p -> p.field() + ": " + p.message())
                .containsExactly("TYPEQU: 1 line(s) of equipment type D302 skipped: not a catalogue profession");
        assertThat(result.records()).containsExactly(
                record("BPE-55029-D201-1", "MG", "55029", origin + 2),
                record("BPE-55029-D201-2", "MG", "55029", origin + 2),
                record("BPE-55029-D201-3", "MG", "55029", origin + 2),
                record("BPE-55545-D232-1", "INF", "55545", origin + 4),
                record("BPE-55545-D232-2", "INF", "55545", origin + 4),
                record("BPE-2A004-D214-1", "GYNECO", "2A004", origin + 5));
    }

    @Test
    void sumsIrisLinesPerCommuneWithVintageFromAn() {
        Path file = fixture("bpe2018_sante_iris-test.csv");
        assertThat(reader.canRead(file)).isTrue();

        ReadResult<PractitionerRecord> result = reader.read(file);

        assertThat(result.vintage()).isEqualTo(2018);
        assertThat(result.records()).extracting(PractitionerRecord::id).containsExactly(
                "BPE-55029-D201-1", "BPE-55029-D201-2", "BPE-55029-D201-3", "BPE-55366-D221-1");
        assertThat(result.records().get(2).origin()).isEqualTo("bpe2018_sante_iris-test.csv#line 2");
        assertThat(result.records().get(3).professionKey()).isEqualTo("CD");
    }

    @Test
    void reportsBadCountsCodesDuplicatesAndMixedYears() {
        Path file = write(dir, "equip.csv", HEADER
                + "55;55029;D201;2\n"
                + "55;55029;D201;1\n"
                + "55;5502;D232;1\n"
                + "55;55030;D233;-3\n"
                + "55;55031;D233;\n"
                + "55;55032;D233;20001\n"
                + "55;55033;D233;deux\n");

        var problems = problems(() -> reader.read(file));

        assertThat(problems).hasSize(6);
        assertHasProblem(problems, "equip.csv", "line 3", "DEPCOM, TYPEQU", "already used by line 2");
        assertHasProblem(problems, "equip.csv", "line 4", "DEPCOM", "'5502'");
        assertHasProblem(problems, "equip.csv", "line 5", "NB_EQUIP", "count -3 outside 0-20000");
        assertHasProblem(problems, "equip.csv", "line 6", "NB_EQUIP", "not zero");
        assertHasProblem(problems, "equip.csv", "line 7", "NB_EQUIP", "count 20001");
        assertHasProblem(problems, "equip.csv", "line 8", "NB_EQUIP", "not a whole number: 'deux'");
    }

    @Test
    void refusesTwoVintagesInOneFile() {
        Path file = write(dir, "equip.csv", "REG;DEP;DEPCOM;DCIRIS;AN;TYPEQU;NB_EQUIP\n"
                + "44;55;55029;55029;2018;D201;1\n"
                + "44;55;55029;55029;2019;D201;1\n");

        assertHasProblem(problems(() -> reader.read(file)), "equip.csv", "line 3", "AN", "differs from 2018");
    }

    @Test
    void sniffsColumnsAndListsMissingOnes() {
        Path file = write(dir, "equip.csv", "DEP;DEPCOM;NB\n55;55029;1\n");

        assertThat(reader.canRead(file)).isFalse();
        assertHasProblem(problems(() -> reader.read(file)), "equip.csv", "line 1", "TYPEQU, NB_EQUIP",
                "missing column(s)");
    }

    private static PractitionerRecord record(String id, String profession, String commune, String origin) {
        return new PractitionerRecord(id, profession, null, commune, null, null, null, null, true, origin);
    }
}
