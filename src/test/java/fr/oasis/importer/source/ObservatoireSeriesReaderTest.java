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

class ObservatoireSeriesReaderTest {
    private static final String HEADER = "codgeo;libgeo;an;tx_morta\n";
    private final ObservatoireSeriesReader reader = new ObservatoireSeriesReader();

    @TempDir
    Path dir;

    private static IndicatorRecord find(List<IndicatorRecord> records, String code, int year) {
        return records.stream().filter(r -> r.code().equals(code) && r.year() == year).findFirst().orElseThrow();
    }

    @Test
    void everyPeriodIsKeptWithItsEndYearAsMillesime() {
        Path file = fixture("taux_mortalite_departement-test.csv");
        assertThat(reader.canRead(file)).isTrue();

        ReadResult<IndicatorRecord> result = reader.read(file);

        assertThat(result.records()).hasSize(8).allSatisfy(r -> {
            assertThat(r.indicator()).isEqualTo("mortality");
            assertThat(r.label()).isEqualTo("Taux brut de mortalité");
            assertThat(r.unit()).isEqualTo("‰");
            assertThat(r.aggregation()).isEqualTo(Aggregation.NONE);
            assertThat(r.level()).isEqualTo("departement");
        });
        assertThat(result.records().stream().filter(r -> r.code().equals("9A")).map(IndicatorRecord::year))
                .containsExactly(1975, 2007, 2008, 2018);
        assertThat(find(result.records(), "9A", 2007).value()).as("1999-2007, decimal comma").isEqualTo(10.4);
        assertThat(find(result.records(), "9A", 2008).value()).as("1999-2008").isEqualTo(10.3);
        assertThat(find(result.records(), "9B", 1975).value()).as("one decimal").isEqualTo(9.5);
        assertThat(find(result.records(), "9A", 2018).origin()).isEqualTo("taux_mortalite_departement-test.csv#line 5");
        assertThat(result.vintage()).as("the latest end year").isEqualTo(2018);
    }

    @Test
    void aBlankValueStaysMissingAndTheTrailingEmptyLineIsSkipped() {
        ReadResult<IndicatorRecord> result = reader.read(fixture("taux_mortalite_departement-test.csv"));

        assertThat(find(result.records(), "9B", 2018).value()).isNull();
        assertThat(find(result.records(), "976", 2018).value()).isNull();
        assertThat(result.itemsRead()).isEqualTo(9);
        assertThat(result.skipped()).isEqualTo(1);
        assertThat(result.warnings()).extracting(ImportProblem::location, ImportProblem::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("line 10", "empty line skipped"));
    }

    @Test
    void levelComesFromTheFileName() {
        assertThat(reader.read(fixture("taux_mortalite_epci-test.csv")).records())
                .allSatisfy(r -> assertThat(r.level()).isEqualTo("epci"));
        assertThat(reader.read(fixture("taux_mortalite_region-test.csv")).records())
                .allSatisfy(r -> assertThat(r.level()).isEqualTo("region"));
        Path unnamed = write(dir, "taux_mortalite.csv", HEADER + "55;Meuse;2013-2018;10,8\n");
        assertHasProblem(problems(() -> reader.read(unnamed)), "taux_mortalite.csv", "", "", "file name");
        Path both = write(dir, "taux_dep_region.csv", HEADER + "55;Meuse;2013-2018;10,8\n");
        assertHasProblem(problems(() -> reader.read(both)), "taux_dep_region.csv", "", "",
                "several levels [departement, region]");
    }

    @Test
    void formerRegionCodesAreReadAndNamedInAWarning() {
        ReadResult<IndicatorRecord> result = reader.read(fixture("taux_mortalite_region-test.csv"));

        assertThat(result.records()).extracting(IndicatorRecord::code).containsExactly("99", "99", "41", "44");
        assertThat(result.warnings()).singleElement().satisfies(w -> {
            assertThat(w.field()).isEqualTo("codgeo");
            assertThat(w.message()).contains("[41]", "since 2016");
        });
    }

    @Test
    void badNumbersPeriodsAndCodesNameFileLineAndField() {
        Path file = write(dir, "taux_mortalite_epci.csv", HEADER
                + "200000545;A;2013-2018;10.7\n"
                + "200000545;A;2008-2013;dix\n"
                + "200000545;A;2018-2013;9,0\n"
                + "200000545;A;vers 2010;9,0\n"
                + "2000 00545;A;2013-2018;9,0\n"
                + ";A;2013-2018;9,0\n"
                + "200000545;A;2013;9,0\n");

        List<ImportProblem> problems = problems(() -> reader.read(file));

        assertHasProblem(problems, "taux_mortalite_epci.csv", "line 3", "tx_morta", "not a number: 'dix'");
        assertHasProblem(problems, "taux_mortalite_epci.csv", "line 4", "an", "not a year or a period");
        assertHasProblem(problems, "taux_mortalite_epci.csv", "line 5", "an", "'vers 2010'");
        assertHasProblem(problems, "taux_mortalite_epci.csv", "line 6", "codgeo", "letters or digits");
        assertHasProblem(problems, "taux_mortalite_epci.csv", "line 7", "codgeo", "missing");
        // "2013" alone is millésime 2013 like "2008-2013" on line 3.
        assertHasProblem(problems, "taux_mortalite_epci.csv", "line 8", "an", "second figure for 200000545 in"
                + " millésime 2013");
        // A dot decimal is a number too, but not in a file whose other decimals use a comma (issue 11).
        assertThat(problems).filteredOn(p -> p.location().equals("line 2")).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("decimal point in '10.7' while 5 other decimal"
                        + " number(s) of this file use a comma"));
    }

    @Test
    void twoPeriodsEndingTheSameYearAreRefused() {
        Path file = write(dir, "serie_region.csv", HEADER + "44;Grand Est;2004-2008;8,7\n44;Grand Est;1999-2008;8,7\n");

        assertHasProblem(problems(() -> reader.read(file)), "serie_region.csv", "line 3", "an",
                "first at line 2 (2004-2008)");
    }

    @Test
    void unknownValueColumnsAreSkippedWithAWarningAndNoKnownColumnIsAnError() {
        Path extra = write(dir, "taux_epci.csv", "codgeo;libgeo;an;tx_morta;tx_natal\n200000545;A;2013-2018;10,7;11,2\n");
        ReadResult<IndicatorRecord> result = reader.read(extra);
        assertThat(result.records()).singleElement().satisfies(r -> assertThat(r.value()).isEqualTo(10.7));
        assertThat(result.warnings()).singleElement().satisfies(w -> assertThat(w.field()).isEqualTo("tx_natal"));

        Path unknown = write(dir, "natalite_epci.csv", "codgeo;libgeo;an;tx_natal\n200000545;A;2013-2018;11,2\n");
        assertThat(reader.canRead(unknown)).isFalse();
        assertHasProblem(problems(() -> reader.read(unknown)), "natalite_epci.csv", "line 1", "", "tx_morta");
    }

    @Test
    void otherMappingsComeFromTheConstructor() {
        ObservatoireSeriesReader births = new ObservatoireSeriesReader(ReadLimits.DEFAULT, List.of(
                new ObservatoireSeriesReader.SeriesIndicator("tx_natal", "natality", "Taux brut de natalité", "‰",
                        Aggregation.NONE, 1)));
        Path file = write(dir, "natalite_epci.csv", "codgeo;libgeo;an;tx_natal\n200000545;A;2013-2018;11,2\n");

        assertThat(births.canRead(file)).isTrue();
        assertThat(births.read(file).records()).singleElement()
                .satisfies(r -> assertThat(r.indicator()).isEqualTo("natality"));
    }

    @Test
    void doesNotClaimOtherIndicatorTables() {
        assertThat(reader.canRead(fixture("FILO2019_DISP_EPCI-test.csv"))).isFalse();
        assertThat(reader.canRead(fixture("indicators-long-test.csv"))).isFalse();
        assertThat(new FilosofiDispReader().canRead(fixture("taux_mortalite_epci-test.csv"))).isFalse();
        assertThat(new IndicatorCsvReader().canRead(fixture("taux_mortalite_epci-test.csv"))).isFalse();
    }
}
