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

class PractitionerCsvReaderTest {
    private static final String HEADER = "id,profession,specialty,commune_code,lon,lat,activity,age\n";
    private final PractitionerCsvReader reader = new PractitionerCsvReader();

    @TempDir
    Path dir;

    @Test
    void readsAllColumnsQuotedAndHostileTextVerbatim() {
        Path file = fixture("practitioners-test.csv");
        assertThat(reader.canRead(file)).isTrue();

        ReadResult<PractitionerRecord> result = reader.read(file);

        assertThat(result.itemsRead()).isEqualTo(3);
        assertThat(result.vintage()).isNull();
        assertThat(result.records()).containsExactly(
                new PractitionerRecord("mg-1", "MG", "SM54", "55029", 5.1602, 48.7727, 5200.5, 58, false,
                        "practitioners-test.csv#line 2"),
                new PractitionerRecord("inf-1", "INF", null, "2A004", null, null, null, null, false,
                        "practitioners-test.csv#line 3"),
                new PractitionerRecord("mk-1; DROP TABLE", "MK", "kiné \"sport\"", "55545", 5.3842, 49.1598, 0.8,
                        null, false, "practitioners-test.csv#line 4"));
    }

    @Test
    void readsADecimalCommaWhenTheWholeFileUsesIt() {
        Path file = write(dir, "ps.csv", HEADER + "mg-1,MG,,55029,\"5,1602\",\"48,7727\",\"5200,5\",58\n");

        assertThat(reader.read(file).records()).singleElement().satisfies(r -> {
            assertThat(r.lon()).isEqualTo(5.1602);
            assertThat(r.lat()).isEqualTo(48.7727);
            assertThat(r.activity()).isEqualTo(5200.5);
        });
    }

    /** Issue 11: a decimal comma in a file that uses points was read silently. */
    @Test
    void aDecimalCommaAmongPointsIsRefusedWithLineAndField() {
        Path file = write(dir, "ps.csv", HEADER + "mg-1,MG,,55029,5.1602,48.7727,5200.5,58\n"
                + "mg-2,MG,,55029,5.1602,48.7727,4100.0,58\n"
                + "mg-3,MG,,55029,5.1602,48.7727,\"3900,5\",58\n");

        assertHasProblem(problems(() -> reader.read(file)), "ps.csv", "line 4", "activity",
                "decimal comma in '3900,5' while 8 other decimal number(s) of this file use a point");
    }

    @Test
    void optionalColumnsMayBeAbsent() {
        Path file = write(dir, "ps.csv", "id,profession,commune_code\nsf-1,SF,55029\n");

        assertThat(reader.read(file).records()).containsExactly(
                new PractitionerRecord("sf-1", "SF", null, "55029", null, null, null, null, false, "ps.csv#line 2"));
    }

    @Test
    void reportsEachBadValueWithLineAndField() {
        Path file = write(dir, "ps.csv", HEADER
                + "a,MG,,55029,,,,\n"
                + "b,GP,,55029,,,,\n"
                + "c,MG,,5502,,,,\n"
                + "d,MG,,55029,,,-1,\n"
                + "e,MG,,55029,,,,17\n"
                + "f,MG,,55029,,,,101\n"
                + "g,MG,,55029,652000,6862000,,\n"
                + "h,MG,,55029,5.16,,,\n"
                + "i,MG,,55029,,,beaucoup,\n"
                + "a,MG,,55029,,,,\n");

        var problems = problems(() -> reader.read(file));

        assertThat(problems).hasSize(9);
        assertHasProblem(problems, "ps.csv", "line 3", "profession", "unknown profession 'GP'");
        assertHasProblem(problems, "ps.csv", "line 4", "commune_code", "'5502'");
        assertHasProblem(problems, "ps.csv", "line 5", "activity", "negative activity -1.0");
        assertHasProblem(problems, "ps.csv", "line 6", "age", "age 17 outside 18-100");
        assertHasProblem(problems, "ps.csv", "line 7", "age", "age 101 outside 18-100");
        assertHasProblem(problems, "ps.csv", "line 8", "lon, lat", "outside France");
        assertHasProblem(problems, "ps.csv", "line 9", "lat", "both be given");
        assertHasProblem(problems, "ps.csv", "line 10", "activity", "not a number: 'beaucoup'");
        assertHasProblem(problems, "ps.csv", "line 11", "id", "duplicate code a, already used by line 2");
    }

    @Test
    void acceptsOverseasPointsAndRejectsControlCharacters() {
        Path file = write(dir, "ps.csv", HEADER
                + "re-1,INF,,97411,55.45,-20.88,,\n"
                + "x\u001b[31m,INF,,97411,,,,\n");

        var problems = problems(() -> reader.read(file));

        assertThat(problems).hasSize(1);
        assertHasProblem(problems, "ps.csv", "line 3", "id", "control character U+001B");
    }

    @Test
    void listsMissingRequiredColumnsAndSniffsHeader() {
        Path file = write(dir, "ps.csv", "id,specialty\n1,x\n");

        assertHasProblem(problems(() -> reader.read(file)), "ps.csv", "line 1", "profession, commune_code",
                "missing column(s)");
        assertThat(reader.canRead(file)).isFalse();
        assertThat(reader.canRead(write(dir, "ps.txt", HEADER))).isFalse();
    }
}
