package fr.oasis.importer.source;

import static fr.oasis.importer.source.ReaderTestSupport.assertHasProblem;
import static fr.oasis.importer.source.ReaderTestSupport.fixture;
import static fr.oasis.importer.source.ReaderTestSupport.problems;
import static fr.oasis.importer.source.ReaderTestSupport.write;
import static org.assertj.core.api.Assertions.assertThat;

import fr.oasis.practitioner.AgeClassCount;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The DREES RPPS table of practitioners by age class (long format), on a hand-written fixture. */
class DreesAgeDistributionReaderTest {
    private static final String HEADER = "profession,zone,tranche_age,annee,effectif\n";
    private final DreesAgeDistributionReader reader = new DreesAgeDistributionReader();

    @TempDir
    Path dir;

    @Test
    void readsClassesWithTheirBoundsAndChecksTotals() {
        Path file = fixture("effectifs_tranche_age-test.csv");
        assertThat(reader.canRead(file)).isTrue();
        assertThat(reader.canRead(fixture("practitioners-test.csv"))).isFalse();

        ReadResult<AgeClassCount> result = reader.read(file);

        assertThat(result.records()).hasSize(15);
        assertThat(result.skipped()).isEqualTo(3); // the three "Ensemble" lines
        assertThat(result.records().get(0)).isEqualTo(new AgeClassCount("medecins", "FR", "1- Moins de 30 ans", 25, 30,
                2018, 50, "effectifs_tranche_age-test.csv#line 3"));
        assertThat(result.records().get(1).minAge()).isEqualTo(30);
        assertThat(result.records().get(1).endAge()).isEqualTo(35);
        AgeClassCount open = result.records().get(8);
        assertThat(open.classLabel()).isEqualTo("9- 65 ans et plus");
        assertThat(open.minAge()).isEqualTo(65);
        assertThat(open.endAge()).isNull();
        assertThat(result.records().get(12).minAge()).isEqualTo(20); // "Moins de 25 ans"
        // infirmiers 2018: classes sum to 300 as published; médecins 2018 to 1000; médecins 2020 to 400
        assertThat(result.warnings()).noneMatch(w -> w.message().contains("sum to"));
    }

    @Test
    void aTotalThatDiffersFromItsClassesIsAWarning() {
        Path file = write(dir, "ages.csv", HEADER + "infirmiers,FR,Ensemble,2019,10\ninfirmiers,FR,01- Moins de 25 ans,2019,7\n");

        ReadResult<AgeClassCount> result = reader.read(file);

        assertThat(result.warnings()).anySatisfy(w -> assertThat(w.message()).contains("is 10 but its classes sum to 7"));
    }

    @Test
    void badLinesAreNamedWithTheirField() {
        Path file = write(dir, "ages.csv", HEADER
                + "medecins,FR,Entre trente et quarante,2018,5\n"
                + "medecins,FR,2- Entre 30 et 34 ans,2018,-4\n"
                + "medecins,FR,2- Entre 30 et 34 ans,3018,4\n"
                + "medecins,FR,3- Entre 35 et 39 ans,2018,4\n"
                + "medecins,FR,3- Entre 35 et 39 ans,2018,6\n"
                + "medecins,FR,4- Entre 40 et 44 ans,2018,douze\n");

        var problems = problems(() -> reader.read(file));

        assertHasProblem(problems, "ages.csv", "line 2", "tranche_age", "unknown age class");
        assertHasProblem(problems, "ages.csv", "line 3", "effectif", "negative count");
        assertHasProblem(problems, "ages.csv", "line 4", "annee", "outside 1950-2100");
        assertHasProblem(problems, "ages.csv", "line 6", "tranche_age", "already given on line 5");
        assertHasProblem(problems, "ages.csv", "line 7", "effectif", "");
    }

    @Test
    void aFileWithoutTheColumnsIsRefused() {
        Path file = write(dir, "ages.csv", "profession,zone,annee\nmedecins,FR,2018\n");
        assertThat(reader.canRead(file)).isFalse();
        assertHasProblem(problems(() -> reader.read(file)), "ages.csv", "line 1", "tranche_age, effectif", "");
    }
}
