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

class IndicatorCsvReaderTest {
    private static final String HEADER = "territory_level,territory_code,indicator,year,value,numerator,denominator,"
            + "label,unit,aggregation\n";
    private final IndicatorCsvReader reader = new IndicatorCsvReader();

    @TempDir
    Path dir;

    @Test
    void definitionsGivenOnceApplyToEveryLine() {
        Path file = fixture("indicators-long-test.csv");
        assertThat(reader.canRead(file)).isTrue();

        List<IndicatorRecord> records = reader.read(file).records();

        assertThat(records).hasSize(6);
        IndicatorRecord secret = records.get(1);
        assertThat(secret.code()).isEqualTo("9A002");
        assertThat(secret.label()).isEqualTo("Taux de pauvreté");
        assertThat(secret.aggregation()).isEqualTo(Aggregation.RATIO);
        assertThat(secret.scale()).isEqualTo(100.0);
        assertThat(secret.value()).isNull();
        assertThat(secret.numerator()).isEqualTo(9.0);
        assertThat(secret.denominator()).as("blank is missing, not zero").isNull();
        assertThat(records.get(5).aggregation()).isEqualTo(Aggregation.WEIGHTED_MEAN);
        assertThat(records.get(5).scale()).isEqualTo(1.0);
    }

    @Test
    void semicolonFilesMayUseDecimalCommas() {
        Path file = write(dir, "long.csv", HEADER.replace(',', ';')
                + "epci;200000545;poverty;2019;18,2;1514;8318;Taux de pauvreté;%;ratio\n");

        assertThat(reader.read(file).records().get(0).value()).isEqualTo(18.2);
    }

    @Test
    void everyBadCellIsNamedWithItsLine() {
        Path file = write(dir, "long.csv", HEADER
                + "canton,1,x,2019,1,,,L,u,sum\n"
                + "commune,55029,Income,2019,1,,,L,u,sum\n"
                + "commune,55029,income,19,1,,,L,u,sum\n"
                + "commune,55029,income,2019,1.2.3,,,L,u,sum\n"
                + "commune,55030,income,2019,1,,,L,u,median\n");

        List<ImportProblem> problems = problems(() -> reader.read(file));

        assertHasProblem(problems, "long.csv", "line 2", "territory_level", "unknown territory level");
        assertHasProblem(problems, "long.csv", "line 3", "indicator", "lower-case");
        assertHasProblem(problems, "long.csv", "line 4", "year", "not a year");
        assertHasProblem(problems, "long.csv", "line 5", "value", "not a number: '1.2.3'");
        assertHasProblem(problems, "long.csv", "line 6", "aggregation", "unknown aggregation");
    }

    @Test
    void definitionsMustExistAndAgree() {
        Path undefined = write(dir, "a.csv", HEADER + "commune,55029,income,2019,1,,,,,\n");
        assertHasProblem(problems(() -> reader.read(undefined)), "a.csv", "", "label, unit, aggregation",
                "'income' has no label");
        Path disagreeing = write(dir, "b.csv", HEADER + "commune,55029,income,2019,1,,,Revenu,€,none\n"
                + "commune,55030,income,2019,1,,,Revenu,€,sum\n");
        assertHasProblem(problems(() -> reader.read(disagreeing)), "b.csv", "line 3", "aggregation", "differs");
        Path twice = write(dir, "c.csv", HEADER + "commune,55029,income,2019,1,,,Revenu,€,none\n"
                + "commune,55029,income,2019,2,,,,,\n");
        assertHasProblem(problems(() -> reader.read(twice)), "c.csv", "line 3", "territory_code", "second figure");
    }
}
