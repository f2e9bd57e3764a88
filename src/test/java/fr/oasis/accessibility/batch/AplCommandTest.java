package fr.oasis.accessibility.batch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The {@code apl} command end to end on the hand-made fixtures of {@code src/test/resources/accessibility}. */
class AplCommandTest {

    @TempDir
    Path tmp;

    /** Result of one run: exit code, stderr, output rows. */
    record Run(int exit, String err, List<String[]> rows) {
        double apl(int row) {
            return Double.parseDouble(rows.get(row)[1]);
        }
    }

    /**
     * 01001: 100 aged 75+ (D 185); 01002, 13 min away (W 0.66): 100 aged 0-14 (D 80); 2A004 far away.
     * MG in 01001: 3000 (50 y), 1000 (70 y), 500 (age unknown); a CD in 01002 is ignored.
     * All ages: S = 4500, den = 185 + 0.66·80 = 237.8, APL = (4500/237.8, 0.66·4500/237.8, 0).
     * Age <= 64: the unknown age is excluded too, S = 3000.
     */
    @Test
    void computesTheHandExampleInInputOrder() throws Exception {
        Run all = run("--communes", fixture("communes.csv"), "--practitioners", fixture("practitioners.csv"),
                "--profession", "MG", "--out", out());
        assertThat(all.exit()).as(all.err()).isZero();
        assertThat(all.rows()).extracting(r -> r[0]).containsExactly("01001", "01002", "2A004");
        assertThat(all.apl(0)).isCloseTo(4500 / 237.8, within(1e-12));
        assertThat(all.apl(1)).isCloseTo(0.66 * 4500 / 237.8, within(1e-12));
        assertThat(all.apl(2)).isZero();
        assertThat(all.err()).contains("3 communes", "3 MG practitioners kept", "pairs", "unserved supply", "ms");

        Run under65 = run("--communes", fixture("communes.csv"), "--practitioners", fixture("practitioners.csv"),
                "--profession", "MG", "--max-age", "64", "--out", out());
        assertThat(under65.apl(0)).isCloseTo(3000 / 237.8, within(1e-12));
        assertThat(under65.err()).contains("1 older", "1 of unknown age");
    }

    /** Totals only (100, 100, 60): den = 100 + 0.66·100 = 166; BOM, CRLF and quotes are read. */
    @Test
    void populationColumnMeansNotAgeStandardised() throws Exception {
        Run run = run("--communes", fixture("communes-total-bom-crlf.csv"), "--practitioners",
                fixture("practitioners.csv"), "--profession", "MG", "--age-weights", "1,1,1,1,1,2", "--out", out());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.rows().get(0)[0]).isEqualTo("01001");
        assertThat(run.apl(0)).isCloseTo(4500 / 166.0, within(1e-12));
        assertThat(run.apl(1)).isCloseTo(0.66 * 4500 / 166.0, within(1e-12));
        assertThat(run.err()).contains("NOT age-standardised", "--age-weights ignored");
    }

    /** The asymmetric example of HandComputedAplTest, through an OD file (no lon/lat needed). */
    @Test
    void odMatrixReplacesCrowFly() throws Exception {
        Run run = run("--communes", fixture("communes-od.csv"), "--practitioners", fixture("practitioners-od.csv"),
                "--profession", "MG", "--matrix", fixture("od.csv"), "--out", out());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.apl(0)).isCloseTo(1000.0 / 333 + 0.33 * 300 / 83, within(1e-12));
        assertThat(run.apl(2)).isCloseTo(0.66 * 1000.0 / 333 + 300.0 / 83, within(1e-12));
        assertThat(run.err()).contains("1 ordered pairs absent");
    }

    @Test
    void customStepsDetourAndSpeedAreUsed() throws Exception {
        // at 120 km/h, detour 1: 10 km is 5 min, inside the first step of "5:1"
        Run run = run("--communes", fixture("communes.csv"), "--practitioners", fixture("practitioners.csv"),
                "--profession", "MG", "--steps", "5:1", "--detour", "1", "--speed", "120", "--out", out());
        assertThat(run.apl(1)).isCloseTo(4500 / 265.0, within(1e-12));
        assertThat(run.apl(0)).isCloseTo(run.apl(1), within(1e-12));
    }

    @Test
    void helpPrintsUsage() throws Exception {
        PrintStream stdout = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertThat(AplCommand.run(new String[] {"--help"})).isZero();
        } finally {
            System.setOut(stdout);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).contains("--communes", "--matrix", "--max-age", "--network", "--road-speeds");
    }

    Run run(String... args) throws IOException {
        PrintStream stderr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = AplCommand.run(args);
        } finally {
            System.setErr(stderr);
        }
        List<String[]> rows = new ArrayList<>();
        Path output = tmp.resolve("apl.csv");
        if (exit == 0) {
            List<String> lines = Files.readAllLines(output);
            assertThat(lines.get(0)).isEqualTo("code,apl");
            lines.stream().skip(1).forEach(l -> rows.add(l.split(",")));
            Files.delete(output);
        }
        return new Run(exit, captured.toString(StandardCharsets.UTF_8), rows);
    }

    String out() {
        return tmp.resolve("apl.csv").toString();
    }

    static String fixture(String name) {
        try {
            return Path.of(AplCommandTest.class.getResource("/accessibility/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
