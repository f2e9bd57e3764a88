package fr.oasis.importer.source;

import static fr.oasis.importer.source.ReaderTestSupport.fixture;
import static fr.oasis.importer.source.ReaderTestSupport.problems;
import static fr.oasis.importer.source.ReaderTestSupport.write;
import static org.assertj.core.api.Assertions.assertThat;

import fr.oasis.importer.problem.ImportProblem;
import fr.oasis.outreach.ServiceRow;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The services reader ({@code oasis-services-csv}) on {@link fr.oasis.tabular.DelimitedFile}: one
 * row per data line with its file and physical line, quoted values kept whole; a semicolon file, a
 * missing column, a line with too few values and mixed decimal separators refused in French
 * naming the file, the line and the field. (Values are checked by the catalogue: see
 * {@code outreach.ServiceImportContract} for unknown communes and bad coordinates.)
 */
class ServiceCsvReaderTest {
    private static final String SITES = "code,nom,type,commune,lon,lat,horaires,professions,gestionnaire\n";
    private final ServiceCsvReader reader = new ServiceCsvReader();

    @TempDir
    Path dir;

    private static List<String> messages(List<ImportProblem> problems) {
        return problems.stream().map(ImportProblem::message).toList();
    }

    @Test
    void readsEveryLineWithItsLocationAndQuotedValues() {
        Path file = fixture("services-stops-test.csv");

        List<ServiceRow> rows = reader.read(file).records();

        assertThat(reader.canRead(file)).isTrue();
        assertThat(rows).hasSize(3).allMatch(r -> r.kind() == ServiceRow.Kind.STOP);
        assertThat(rows.get(0).file()).isEqualTo("services-stops-test.csv");
        assertThat(rows.get(0).line()).isEqualTo(2);
        assertThat(rows.get(0).value("horaires")).isEqualTo("1er et 3e mardis matin");
        assertThat(rows.get(2).value("demi_journees_par_mois")).isEqualTo("4");
    }

    @Test
    void aSemicolonFileIsRefusedNamingTheSeparator() {
        Path file = write(dir, "sites.csv", SITES.replace(',', ';') + "TC-1;Cabine;cabine;9A001;5.05;48.15;;;\n");

        assertThat(reader.canRead(file)).as("claimed, so that the import says what is wrong").isTrue();
        assertThat(messages(problems(() -> reader.read(file)))).singleElement().asString()
                .startsWith("fichier « sites.csv », ligne 1 : en-tête [code;nom;type;commune;lon;lat;horaires;"
                        + "professions;gestionnaire] non reconnu ; séparateur « ; » trouvé : les fichiers de services "
                        + "sont séparés par des virgules");
    }

    @Test
    void aMissingColumnIsNamed() {
        Path file = write(dir, "sites.csv", "code,nom,type,commune,lon,horaires,professions,gestionnaire\n"
                + "TC-1,Cabine,cabine,9A001,5.05,,,\n");

        assertThat(messages(problems(() -> reader.read(file)))).singleElement().asString()
                .contains("fichier « sites.csv », ligne 1 : en-tête", "pour les sites de téléconsultation, "
                        + "colonne(s) manquante(s) [lat]", "ne renommez pas les colonnes");
    }

    @Test
    void aShortLineAndMixedDecimalSeparatorsAreRefusedWithTheirLine() {
        Path file = write(dir, "sites.csv", SITES + "TC-1,Cabine,cabine,9A001,5.05,48.15,,,\n"
                + "TC-2,Cabine,cabine,9A001\n" + "TC-3,Cabine,cabine,9A001,\"5,06\",48.16,,,\n"
                + "TC-4,Cabine,cabine,9A001,5.07,48.17,,,\n");

        assertThat(messages(problems(() -> reader.read(file))))
                .anyMatch(m -> m.startsWith("fichier « sites.csv », ligne 3 : 9 valeurs attendues comme dans l'en-tête"))
                .anyMatch(m -> m.startsWith("fichier « sites.csv », ligne 4 : champ « lon » : séparateurs décimaux "
                        + "mélangés"));
    }

    @Test
    void invalidUtf8StopsTheReadNamingTheFile() throws Exception {
        Path file = dir.resolve("sites.csv");
        java.nio.file.Files.write(file, (SITES + "TC-1,Cab\u00e9ine,cabine,9A001,5.05,48.15,,,\n")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

        assertThat(messages(problems(() -> reader.read(file)))).singleElement().asString()
                .startsWith("fichier « sites.csv », ligne 2 : fichier illisible (UTF-8 et CSV séparé par des virgules "
                        + "attendus)");
    }
}
