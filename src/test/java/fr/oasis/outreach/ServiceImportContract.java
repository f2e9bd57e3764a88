package fr.oasis.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.oasis.importer.problem.ImportException;
import fr.oasis.importer.ImportManifest;
import fr.oasis.importer.problem.ImportProblem;
import fr.oasis.importer.ManifestImporter;
import fr.oasis.importer.TerritoryImportService;
import fr.oasis.importer.TinyTerritory;
import fr.oasis.report.ReportService;
import fr.oasis.report.TerritoryReport;
import fr.oasis.territory.TerritoryLevel;
import fr.oasis.territory.TerritoryQueries;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Services beyond practices through the manifest ({@code type: services}) on the tiny territory:
 * the four fixture files are stored and served by {@code /api/services} (JSON and GeoJSON layer)
 * and listed in the report of the territory they serve; a stop in an unknown commune, 41
 * half-days a month and a renamed column are refused in French with file, line and field, and
 * the stored catalogue does not change. The catalogue is emptied afterwards (the in-memory
 * database is shared with other test classes).
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class ServiceImportContract {
    @Autowired
    ManifestImporter importer;
    @Autowired
    OutreachCatalogue catalogue;
    @Autowired
    TerritoryImportService imports;
    @Autowired
    TerritoryQueries territories;
    @Autowired
    ReportService reports;
    @Autowired
    MockMvc mvc;
    @Autowired
    fr.oasis.provenance.DataVersions versions;
    @TempDir
    Path dir;

    @BeforeEach
    void tinyTerritory() {
        if (territories.find(TerritoryLevel.EPCI, "999000001").isEmpty()
                || territories.find(TerritoryLevel.COMMUNE, "9B002").isEmpty()) {
            imports.importTerritories(TinyTerritory.inputs(), "test", "tiny territory");
        }
    }

    @AfterEach
    void emptyCatalogue() {
        catalogue.importRows(List.of(), "test", false);
    }

    private ImportManifest manifest(String... files) throws Exception {
        StringBuilder yaml = new StringBuilder("name: services test\nsources:\n");
        for (String f : files) {
            Path path = Path.of(getClass().getResource("/outreach/" + f).toURI());
            yaml.append("  - type: services\n    path: ").append(path).append("\n    vintage: 2025\n")
                    .append("    label: ARS test\n");
        }
        Path manifest = dir.resolve("manifest.yml");
        Files.writeString(manifest, yaml);
        return ImportManifest.read(manifest);
    }

    @Test
    void theFixturesAreStoredServedAndReported() throws Exception {
        importer.run(manifest("teleconsultation.csv", "mobile-units.csv", "mobile-stops.csv", "initiatives.csv"), "test");
        Outreach.Catalogue stored = catalogue.all();
        assertThat(stored.sites()).extracting(Outreach.TeleconsultationSite::code).containsExactly("TC-1", "TC-2");
        assertThat(stored.units()).filteredOn(u -> u.code().equals("MEDICO")).singleElement()
                .satisfies(u -> assertThat(u.halfDaysPerMonth()).isEqualTo(8));
        assertThat(stored.initiatives()).extracting(Outreach.Initiative::publicReached).containsExactly(140, null);
        assertThat(stored.sites().get(0).source()).isEqualTo("ARS test (2025)");

        mvc.perform(get("/api/services").with(user("reader").roles("VIEWER"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.units[1].stops[0].halfDaysPerMonth").value(4));
        mvc.perform(get("/api/services/layer").with(user("reader").roles("VIEWER"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.features.length()").value(7))
                .andExpect(jsonPath("$.features[0].properties.category").value("teleconsultation"))
                .andExpect(jsonPath("$.features[0].geometry.coordinates[0]").value(5.052));

        TerritoryReport west = reports.report(TerritoryLevel.EPCI, "999000001");
        TerritoryReport.Section section = west.sections().get(west.sections().size() - 1);
        assertThat(section.title()).isEqualTo("Télémédecine et aller-vers");
        assertThat(section.tables().get(0).rows()).containsExactly(List.of("Sites de téléconsultation", 1),
                List.of("Arrêts d'unités mobiles", 3), List.of("Demi-journées de présence par mois", 10),
                List.of("Initiatives", 1));
        assertThat(reports.report(TerritoryLevel.COMMUNE, "9B001").sections())
                .extracting(TerritoryReport.Section::id).contains("outreach");
    }

    @Test
    void anUnknownCommuneAndTooManyHalfDaysAreRefusedAndNothingChanges() throws Exception {
        importer.run(manifest("teleconsultation.csv"), "test");
        assertThatThrownBy(() -> importer.run(manifest("mobile-units.csv", "bad/mobile-stops.csv"), "test"))
                .isInstanceOf(ImportException.class)
                .satisfies(e -> assertThat(((ImportException) e).problems()).extracting(ImportProblem::message)
                        .contains("fichier « mobile-stops.csv », ligne 2, champ « commune » : commune « 0ZZ99 » "
                                        + "inconnue des territoires chargés",
                                "fichier « mobile-stops.csv », ligne 3, champ « demi_journees_par_mois » : 41 "
                                        + "demi-journées par mois, de 1 à 40 attendues"));
        assertThat(catalogue.all().sites()).hasSize(2);
        assertThat(catalogue.all().units()).isEmpty();
    }

    @Test
    void badCoordinatesAreRefusedNamingLineAndField() throws Exception {
        importer.run(manifest("teleconsultation.csv"), "test");
        assertThatThrownBy(() -> importer.run(manifest("bad/teleconsultation.csv"), "test"))
                .isInstanceOf(ImportException.class)
                .satisfies(e -> assertThat(((ImportException) e).problems()).extracting(ImportProblem::message)
                        .contains("fichier « teleconsultation.csv », ligne 2, champ « lon » : « abc » n'est pas un "
                                + "nombre", "fichier « teleconsultation.csv », ligne 3, champ « lat » : 148.15 hors de "
                                + "-90 à 90")
                        .anyMatch(m -> m.startsWith("fichier « teleconsultation.csv », ligne 4, champ « lon, lat » : "
                                + "le point (48,1500 ; 5,0500) est à ") && m.contains(" km de la commune « ")
                                && m.endsWith("» (au plus 100 km) : longitude et latitude inversées ou erronées ?")));
        assertThat(catalogue.all().sites()).extracting(Outreach.TeleconsultationSite::code)
                .containsExactly("TC-1", "TC-2");
    }

    @Test
    void anImportMovesTheServicesDataVersion() throws Exception {
        long before = versions.current().of(fr.oasis.provenance.DataKind.SERVICES);
        importer.run(manifest("teleconsultation.csv"), "test");
        assertThat(versions.current().of(fr.oasis.provenance.DataKind.SERVICES)).isGreaterThan(before);
    }

    @Test
    void aRenamedColumnIsRefusedNamingTheFile() throws Exception {
        assertThatThrownBy(() -> importer.run(manifest("bad/mobile-units.csv", "mobile-stops.csv"), "test"))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("fichier « mobile-units.csv », ligne 1 : en-tête [code, nom, type, operator] "
                        + "non reconnu")
                .hasMessageContaining("pour les unités mobiles, colonne(s) manquante(s) [operateur], colonne(s) "
                        + "inattendue(s) [operator]")
                .hasMessageContaining("ne renommez pas les colonnes");
        assertThat(catalogue.all().size()).isZero();
    }
}
