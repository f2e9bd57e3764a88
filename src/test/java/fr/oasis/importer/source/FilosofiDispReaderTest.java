package fr.oasis.importer.source;

import static fr.oasis.importer.source.ReaderTestSupport.assertHasProblem;
import static fr.oasis.importer.source.ReaderTestSupport.fixture;
import static fr.oasis.importer.source.ReaderTestSupport.problems;
import static fr.oasis.importer.source.ReaderTestSupport.write;
import static org.assertj.core.api.Assertions.assertThat;

import fr.oasis.importer.record.IndicatorRecord;
import fr.oasis.indicator.store.Aggregation;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilosofiDispReaderTest {
    private static final String HEADER = "CODGEO;LIBGEO;NBMEN19;NBPERS19;NBUC19;Q119;Q219;Q319\n";
    private final FilosofiDispReader reader = new FilosofiDispReader();

    @TempDir
    Path dir;

    private static IndicatorRecord find(List<IndicatorRecord> records, String id, String code) {
        return records.stream().filter(r -> r.indicator().equals(id) && r.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void readsMedianIncomeAndHouseholdsWithYearFromTheColumns() {
        Path file = fixture("FILO2019_DISP_COM-test.csv");
        assertThat(reader.canRead(file)).isTrue();

        ReadResult<IndicatorRecord> result = reader.read(file);

        assertThat(result.vintage()).isEqualTo(2019);
        assertThat(result.itemsRead()).isEqualTo(5);
        assertThat(result.records()).hasSize(10).allSatisfy(r -> {
            assertThat(r.year()).isEqualTo(2019);
            assertThat(r.level()).isEqualTo("commune");
        });
        IndicatorRecord income = find(result.records(), "income", "9A001");
        assertThat(income.value()).isEqualTo(21450.0);
        assertThat(income.aggregation()).isEqualTo(Aggregation.NONE);
        assertThat(income.unit()).isEqualTo("€");
        assertThat(income.origin()).isEqualTo("FILO2019_DISP_COM-test.csv#line 2");
        IndicatorRecord households = find(result.records(), "households", "9A001");
        assertThat(households.value()).isEqualTo(210.0);
        assertThat(households.aggregation()).isEqualTo(Aggregation.SUM);
        assertThat(find(result.records(), "income", "9B001").value()).as("decimal comma").isEqualTo(21980.5);
    }

    @Test
    void aSecretMedianStaysMissing() {
        List<IndicatorRecord> records = reader.read(fixture("FILO2019_DISP_COM-test.csv")).records();

        assertThat(find(records, "income", "9A002").value()).isNull();
        assertThat(find(records, "households", "9A002").value()).isEqualTo(40.0);
    }

    @Test
    void levelComesFromTheInseeFileName() {
        assertThat(reader.read(fixture("FILO2019_DISP_EPCI-test.csv")).records())
                .allSatisfy(r -> assertThat(r.level()).isEqualTo("epci"));
        assertThat(reader.read(fixture("FILO2019_DISP_DEP-test.csv")).records())
                .allSatisfy(r -> assertThat(r.level()).isEqualTo("departement"));
        Path unnamed = write(dir, "revenus.csv", HEADER + "55029;Bar-le-Duc;1;2;3;;20000;\n");
        assertHasProblem(problems(() -> reader.read(unnamed)), "revenus.csv", "", "", "file name");
    }

    @Test
    void aMalformedNumberNamesLineAndField() {
        Path file = write(dir, "FILO2019_DISP_COM.csv", HEADER
                + "55029;Bar-le-Duc;7000;15000;10000,5;;20 150;\n"
                + "55030;Autre;abc;15000;10000,5;;20150;\n");

        List<fr.oasis.importer.problem.ImportProblem> problems = problems(() -> reader.read(file));

        assertHasProblem(problems, "FILO2019_DISP_COM.csv", "line 2", "Q219", "not a number: '20 150'");
        assertHasProblem(problems, "FILO2019_DISP_COM.csv", "line 3", "NBMEN19", "not a number");
    }

    @Test
    void refusesMixedYearsAndDuplicateCodes() {
        Path mixed = write(dir, "FILO2019_DISP_DEP.csv", "CODGEO;LIBGEO;NBMEN18;Q219\n55;Meuse;1;2\n");
        assertHasProblem(problems(() -> reader.read(mixed)), "FILO2019_DISP_DEP.csv", "line 1", "", "mix years");
        Path twice = write(dir, "FILO2019_DISP_EPCI.csv", HEADER + "200000545;A;1;2;3;;4;\n200000545;A;1;2;3;;4;\n");
        assertHasProblem(problems(() -> reader.read(twice)), "FILO2019_DISP_EPCI.csv", "line 3", "CODGEO", "duplicate");
    }

    @Test
    void doesNotClaimOtherInseeTables() {
        assertThat(reader.canRead(fixture("base-cc-evol-struct-pop-2021-test.csv"))).isFalse();
        assertThat(reader.canRead(fixture("indicators-long-test.csv"))).isFalse();
        assertThat(new IndicatorCsvReader().canRead(fixture("FILO2019_DISP_COM-test.csv"))).isFalse();
    }
}
