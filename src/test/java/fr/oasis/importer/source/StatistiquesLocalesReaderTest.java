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

/** The INSEE "Statistiques locales" export, read from a hand-written fixture in the official shape. */
class StatistiquesLocalesReaderTest {
    private static final String TITLES = "\uFEFFInsee - Statistiques locales; ; ; \n"
            + "Référentiel géographique : France par département; ; ; \n";
    private final StatistiquesLocalesReader reader = new StatistiquesLocalesReader();

    @TempDir
    Path dir;

    private static IndicatorRecord find(List<IndicatorRecord> records, String id, String code) {
        return records.stream().filter(r -> r.indicator().equals(id) && r.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void oneIndicatorPerColumnWithTheMillesimeOfItsLabel() {
        Path file = fixture("statistiques-locales-departements-test.csv");
        assertThat(reader.canRead(file)).isTrue();

        ReadResult<IndicatorRecord> result = reader.read(file);

        assertThat(result.records()).hasSize(12).allSatisfy(r -> assertThat(r.level()).isEqualTo("departement"));
        IndicatorRecord gps = find(result.records(), "bpegp", "9A");
        assertThat(gps.year()).isEqualTo(2024);
        assertThat(gps.value()).isEqualTo(12.0);
        assertThat(gps.unit()).isEqualTo("médecins");
        assertThat(gps.aggregation()).isEqualTo(Aggregation.SUM);
        assertThat(gps.origin()).as("physical line: two title lines, then the header").isEqualTo(
                "statistiques-locales-departements-test.csv#line 4");
        IndicatorRecord poverty = find(result.records(), "poverty", "9B");
        assertThat(poverty.year()).isEqualTo(2021);
        assertThat(poverty.value()).isEqualTo(16.9);
        assertThat(poverty.unit()).isEqualTo("%");
        assertThat(poverty.aggregation()).as("no numerator in the export").isEqualTo(Aggregation.NONE);
        assertThat(find(result.records(), "mortality064", "9A").unit()).isEqualTo("‰");
        assertThat(find(result.records(), "popestimate", "01").value()).isEqualTo(670000.0);
        assertThat(find(result.records(), "popestimate", "01").year()).isEqualTo(2025);
        assertThat(result.vintage()).as("the latest millésime of the columns").isEqualTo(2025);
    }

    @Test
    void secrecyCellsAreMissingNeverZeroAndCountedPerColumn() {
        ReadResult<IndicatorRecord> result = reader.read(fixture("statistiques-locales-departements-test.csv"));

        assertThat(find(result.records(), "bpegp", "9B").value()).isNull();
        assertThat(find(result.records(), "mortality064", "9B").value()).isNull();
        assertThat(result.warnings()).extracting(ImportProblem::field).containsExactly(
                "Médecin généraliste (en nombre) 2024", "Taux de mortalité standardisé des 0 à 64 ans 2024");
        assertThat(result.warnings()).allSatisfy(w -> assertThat(w.message()).contains("1 cell(s) 'N/A'"));
    }

    @Test
    void otherExportsAreNotClaimed() {
        assertThat(reader.canRead(fixture("taux_mortalite_departement-test.csv"))).isFalse();
        assertThat(reader.canRead(fixture("FILO2019_DISP_DEP-test.csv"))).isFalse();
        assertThat(reader.canRead(fixture("indicators-long-test.csv"))).isFalse();
    }

    @Test
    void aChangedTitleLineIsAnErrorNamingTheFileAndTheLine() {
        Path first = write(dir, "export.csv", "\uFEFFInsee - Dossier complet; ; \n"
                + "Référentiel géographique : France par département; ; \nCode;Libellé;Taux de pauvreté 2021\n55;Meuse;14.8\n");
        assertHasProblem(problems(() -> reader.read(first)), "export.csv", "line 1", "",
                "expected the title 'Insee - Statistiques locales'");
        Path second = write(dir, "zones.csv", "Insee - Statistiques locales; ; \n"
                + "Référentiel géographique : France par zone d'emploi; ; \nCode;Libellé;Taux de pauvreté 2021\n"
                + "55;Meuse;14.8\n");
        assertHasProblem(problems(() -> reader.read(second)), "zones.csv", "line 2", "", "France par zone d'emploi");
        Path noTitles = write(dir, "short.csv", "Insee - Statistiques locales\n");
        assertHasProblem(problems(() -> reader.read(noTitles)), "short.csv", "line 2", "",
                "expected 2 title lines before the header");
    }

    @Test
    void aMissingCodeColumnIsAnErrorNamingTheColumn() {
        Path file = write(dir, "export.csv", TITLES + "Département;Libellé;Taux de pauvreté 2021\n55;Meuse;14.8\n");
        assertHasProblem(problems(() -> reader.read(file)), "export.csv", "line 3", "Code", "missing column(s) [Code]");
    }

    @Test
    void aLabelWithoutYearIsAnErrorNamingTheColumn() {
        Path file = write(dir, "export.csv", TITLES
                + "Code;Libellé;Taux de pauvreté;Médiane du niveau de vie 2021\n55;Meuse;14.8;21000\n");
        assertHasProblem(problems(() -> reader.read(file)), "export.csv", "line 3", "Taux de pauvreté",
                "no millésime at the end of the label");
    }

    @Test
    void textOtherThanASecrecyNoteIsAnErrorNamingLineAndColumn() {
        Path file = write(dir, "export.csv", TITLES + "Code;Libellé;Taux de pauvreté 2021\n55;Meuse;quatorze\n"
                + "5<b>;X;1\n");
        List<ImportProblem> problems = problems(() -> reader.read(file));
        assertHasProblem(problems, "export.csv", "line 4", "Taux de pauvreté 2021", "not a number: 'quatorze'");
        assertHasProblem(problems, "export.csv", "line 5", "Code", "1 to 16 letters or digits");
    }

    @Test
    void anUnknownLabelGetsADerivedIdWithAWarningAndTwoColumnsOfOneIndicatorAreRefused() {
        Path file = write(dir, "export.csv", TITLES + "Code;Libellé;Boulangerie (en nombre) 2024\n55;Meuse;210\n");
        ReadResult<IndicatorRecord> result = reader.read(file);
        assertThat(result.records()).singleElement().satisfies(r -> {
            assertThat(r.indicator()).isEqualTo("boul");
            assertThat(r.aggregation()).isEqualTo(Aggregation.SUM);
        });
        assertThat(result.warnings()).singleElement().satisfies(w -> assertThat(w.message()).contains("'boul'"));

        Path twice = write(dir, "twice.csv", TITLES + "Code;Libellé;Taux de pauvreté 2021;Taux de  pauvreté 2021\n"
                + "55;Meuse;14.8;14.8\n");
        assertHasProblem(problems(() -> reader.read(twice)), "twice.csv", "line 3", "Taux de  pauvreté 2021",
                "same indicator 'poverty' and year");
    }
}
