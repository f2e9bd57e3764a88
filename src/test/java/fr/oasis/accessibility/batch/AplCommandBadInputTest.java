package fr.oasis.accessibility.batch;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad input ends with exit code 2 and a message naming file, line and field. */
class AplCommandBadInputTest {

    @TempDir
    Path tmp;

    private static final String COMMUNES = """
            code,lon,lat,pop_0_14,pop_15_29,pop_30_44,pop_45_59,pop_60_74,pop_75p
            01001,2.0,46.0,0,0,0,0,0,100
            01002,2.0,46.089932,100,0,0,0,0,0
            """;
    private static final String PRACTITIONERS = """
            id,profession,commune_code,lon,lat,activity,age
            p1,MG,01001,,,3000,50
            p2,MG,01002,,,1000,70
            """;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown commune   | practitioners | p2,MG,01002 | p2,MG,99999 | practitioners.csv, line 3, field 'commune_code': commune '99999'",
            "duplicated id     | practitioners | p2,MG       | p1,MG       | practitioners.csv, line 3, field 'id': practitioner id p1 already",
            "non-numeric value | practitioners | 1000,70     | 1o00,70     | practitioners.csv, line 3, field 'activity': not a number: '1o00'",
            "negative activity | practitioners | 1000,70     | -1000,70    | practitioners.csv, line 3, field 'activity': negative activity -1000.0 for practitioner p2",
            "bad age           | practitioners | 1000,70     | 1000,seven  | practitioners.csv, line 3, field 'age': not a number",
            "missing column    | communes      | ,pop_75p    | ,pop_75     | communes.csv, line 1, field 'pop_75p': missing column",
            "bad latitude      | communes      | 46.089932   | 46,089932   | communes.csv, line 3: expected 9 values",
            "non-numeric pop   | communes      | 0,0,100     | 0,0,many    | communes.csv, line 2, field 'pop_75p': not a number",
            "duplicated code   | communes      | 01002,2.0   | 01001,2.0   | communes.csv, line 3, field 'code': commune 01001 already",
            "unknown profession| none          | x           | x           | practitioners.csv, field 'profession': no practitioner of profession 'XX' (professions present: MG)"})
    void badInputIsLocated(String what, String file, String from, String to, String message) throws IOException {
        String communes = file.equals("communes") ? COMMUNES.replace(from, to) : COMMUNES;
        String practitioners = file.equals("practitioners") ? PRACTITIONERS.replace(from, to) : PRACTITIONERS;
        String profession = what.startsWith("unknown profession") ? "XX" : "MG";
        Files.writeString(tmp.resolve("communes.csv"), communes);
        Files.writeString(tmp.resolve("practitioners.csv"), practitioners);

        AplCommandTest.Run run = runIn(tmp, "--communes", tmp.resolve("communes.csv").toString(), "--practitioners",
                tmp.resolve("practitioners.csv").toString(), "--profession", profession, "--out",
                tmp.resolve("apl.csv").toString());

        assertThat(run.exit()).as(what).isEqualTo(2);
        assertThat(run.err()).as(what).contains(message);
        assertThat(tmp.resolve("apl.csv")).as("no output on bad input").doesNotExist();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "--speed 0         | --speed      | 0          | --speed: must be > 0",
            "--max-age x       | --max-age    | sixty      | --max-age: expected a whole number",
            "--age-weights 5   | --age-weights| 1,2,3,4,5  | --age-weights: expected 6 weights",
            "--steps backwards | --steps      | 20:1,10:0.5| steps: bounds must be",
            "unknown option    | --colour     | red        | unknown option --colour",
            "missing file      | --matrix     | nowhere.csv| nowhere.csv: cannot read the file"})
    void badArgumentsExitWithTwo(String what, String option, String value, String message) throws IOException {
        Files.writeString(tmp.resolve("communes.csv"), COMMUNES);
        Files.writeString(tmp.resolve("practitioners.csv"), PRACTITIONERS);
        AplCommandTest.Run run = runIn(tmp, "--communes", tmp.resolve("communes.csv").toString(), "--practitioners",
                tmp.resolve("practitioners.csv").toString(), "--profession", "MG", option, value, "--out",
                tmp.resolve("apl.csv").toString());
        assertThat(run.exit()).as(what).isEqualTo(2);
        assertThat(run.err()).as(what).contains(message);
    }

    private static AplCommandTest.Run runIn(Path dir, String... args) throws IOException {
        AplCommandTest helper = new AplCommandTest();
        helper.tmp = dir;
        return helper.run(args);
    }
}
