package fr.oasis.importer.source;

import fr.oasis.territory.record.PopulationByAge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static fr.oasis.importer.source.ReaderTestSupport.assertHasProblem;
import static fr.oasis.importer.source.ReaderTestSupport.fixture;
import static fr.oasis.importer.source.ReaderTestSupport.problems;
import static fr.oasis.importer.source.ReaderTestSupport.write;
import static org.assertj.core.api.Assertions.assertThat;

class CensusPopulationReaderTest {
    private static final String HEADER = "CODGEO;P22_POP;P22_POP0014;P22_POP1529;P22_POP3044;P22_POP4559;P22_POP6074;P22_POP75P\n";
    private final CensusPopulationReader reader = new CensusPopulationReader();

    @TempDir
    Path dir;

    @Test
    void readsCommuneFileWithYearFromColumnPrefix() {
        Path file = fixture("base-cc-evol-struct-pop-2021-test.csv");
        assertThat(reader.canRead(file)).isTrue();

        ReadResult<PopulationByAge> result = reader.read(file);

        assertThat(result.vintage()).isEqualTo(2021);
        List<PopulationByAge> rows = result.records();
        assertThat(rows).extracting(PopulationByAge::communeCode).containsExactly("55029", "55366", "2A004");
        assertThat(rows).allSatisfy(r -> assertThat(r.year()).isEqualTo(2021));
        assertThat(rows.get(0).bands()).containsExactly(2100, 2500.5, 2600, 2900, 2800, 1599.5);
        assertThat(rows.get(0).total()).isEqualTo(14500.0);
        assertThat(rows.get(0).origin()).isEqualTo("base-cc-evol-struct-pop-2021-test.csv#line 2");
    }

    @Test
    void sumsIrisLinesPerCommuneWithDecimalComma() {
        Path file = fixture("base-ic-evol-struct-pop-2020-test.csv");
        assertThat(reader.canRead(file)).isTrue();

        ReadResult<PopulationByAge> result = reader.read(file);

        assertThat(result.itemsRead()).isEqualTo(3);
        assertThat(result.records()).extracting(PopulationByAge::communeCode).containsExactly("55029", "55366");
        PopulationByAge bar = result.records().get(0);
        assertThat(bar.year()).isEqualTo(2020);
        assertThat(bar.bands()).containsExactly(2101.0, 2500, 2600, 2900, 2799, 1600);
        assertThat(bar.total()).isEqualTo(14500.0);
    }

    @Test
    void emptyCellIsAnErrorNotZero() {
        Path file = write(dir, "pop.csv", HEADER + "55029;100;10;20;30;;20;10\n");

        assertHasProblem(problems(() -> reader.read(file)), "pop.csv", "line 2", "P22_POP4559", "not zero");
    }

    @Test
    void reportsNonNumericNegativeAndDuplicateLines() {
        Path file = write(dir, "pop.csv", HEADER
                + "55029;100;10;20;30;20;10;10\n"
                + "55030;100;dix;20;30;20;10;10\n"
                + "55031;100;10;-20;30;20;10;10\n"
                + "55029;100;10;20;30;20;10;10\n");

        var problems = problems(() -> reader.read(file));

        assertThat(problems).hasSize(3);
        assertHasProblem(problems, "pop.csv", "line 3", "P22_POP0014", "'dix'");
        assertHasProblem(problems, "pop.csv", "line 4", "P22_POP1529", "'-20'");
        assertHasProblem(problems, "pop.csv", "line 5", "CODGEO", "already used by line 2");
    }

    @Test
    void refusesMixedYearPrefixes() {
        Path file = write(dir, "pop.csv", "CODGEO;P21_POP0014;P21_POP1529;P21_POP3044;P21_POP4559;P21_POP6074;P15_POP75P\n");

        assertHasProblem(problems(() -> reader.read(file)), "pop.csv", "line 1", "", "mix census years [15, 21]");
    }

    @Test
    void listsMissingBandColumns() {
        Path file = write(dir, "pop.csv", "CODGEO;P21_POP0014;P21_POP1529;P21_POP3044\n55029;1;2;3\n");

        assertHasProblem(problems(() -> reader.read(file)), "pop.csv", "line 1",
                "P21_POP4559, P21_POP6074, P21_POP75P", "missing column(s)");
    }
}
