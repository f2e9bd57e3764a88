package fr.oasis.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.oasis.importer.problem.ImportException;
import fr.oasis.importer.ImportManifest;
import fr.oasis.importer.problem.ImportProblem;
import fr.oasis.importer.ImportReport;
import fr.oasis.importer.ManifestImporter;
import fr.oasis.importer.TerritoryImportService;
import fr.oasis.importer.TerritoryInputs;
import fr.oasis.importer.TinyTerritory;
import fr.oasis.report.ReportService;
import fr.oasis.report.TerritoryReport;
import fr.oasis.territory.TerritoryLevel;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The INSEE Statistiques locales export and territory-keyed JSON imported through a manifest onto
 * the tiny territory <b>without census age bands</b> (see {@link TinyTerritory}: 9A001 500
 * inhabitants and 9A002 90 in EPCI 999000001 and département 9A; 9B001 1,200 and 9B002 0 in EPCI
 * 999000002 and département 9B; région 99). Expected figures are computed by hand in the comments.
 * Bad files fail with a problem naming the file and the column or key, and leave every stored
 * figure as it was.
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class OfficialExportsImportContract {
    private static final String STATS = "statistiques-locales-departements-test.csv";
    private static final List<String> FIXTURES = List.of(STATS, "part_75ans_plus_2022_communes-test.json",
            "part_75ans_plus_2022_departements-test.json", "fedi_2021_communes-test.json",
            "tx_chomage_departements-test.json");
    @Autowired
    TerritoryImportService territories;
    @Autowired
    ManifestImporter importer;
    @Autowired
    IndicatorCatalogue catalogue;
    @Autowired
    ReportService reports;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;
    @TempDir
    Path dir;
    ImportReport report;

    @BeforeEach
    void importTinyWithoutCensusThenTheExports() throws IOException {
        fr.oasis.support.DataChange.deleteImportedIndicators(jdbc);
        TerritoryInputs tiny = TinyTerritory.inputs();
        territories.importTerritories(new TerritoryInputs(tiny.regions(), tiny.departements(), tiny.communes(),
                tiny.epcis(), tiny.shapes(), tiny.points(), List.of(), tiny.cogYear(), tiny.cogLabel(),
                tiny.contourYear(), tiny.contourLabel(), 0, null, false, tiny.files()), "test", "tiny without census");
        for (String name : FIXTURES) {
            Files.copy(fixture(name), dir.resolve(name));
        }
        report = importer.run(ImportManifest.read(manifest("exports.yml", FIXTURES)), "test");
    }

    private Path manifest(String name, List<String> files) throws IOException {
        StringBuilder yaml = new StringBuilder("name: test\nsources:\n");
        for (String file : files) {
            boolean json = file.endsWith(".json");
            yaml.append("  - type: indicators\n    format: ").append(json ? "territory-json" : "insee-statistiques-locales")
                    .append("\n    path: ").append(file).append("\n    vintage: ").append(json ? 2024 : 2025)
                    .append("\n    label: \"").append(json ? "ODU test" : "INSEE Statistiques locales test").append("\"\n");
        }
        return Files.writeString(dir.resolve(name), yaml.toString(), StandardCharsets.UTF_8);
    }

    private static Path fixture(String name) {
        try {
            return Path.of(OfficialExportsImportContract.class.getResource("/importer/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private IndicatorView.Value value(String id, TerritoryLevel level, String code) {
        return catalogue.values(id, level, null, null).values().stream().filter(v -> v.code().equals(code))
                .findFirst().orElseThrow();
    }

    @Test
    void publishedValuesWinAndWeightedMeansAreFlaggedAsEstimates() {
        assertThat(value("share75rp", TerritoryLevel.COMMUNE, "9A002").value()).isEqualTo(20.0);
        assertThat(value("share75rp", TerritoryLevel.COMMUNE, "9A002").estimated()).isFalse();
        // (10 × 500 + 20 × 90) / 590
        IndicatorView.Value west = value("share75rp", TerritoryLevel.EPCI, "999000001");
        assertThat(west.value()).isCloseTo(6800.0 / 590, within(1e-9));
        assertThat(west.estimated()).isTrue();
        // 9B002 has no figure but no inhabitant either: it weighs nothing.
        assertThat(value("share75rp", TerritoryLevel.EPCI, "999000002").value()).isEqualTo(15.0);
        assertThat(value("share75rp", TerritoryLevel.DEPARTEMENT, "9A").value()).isEqualTo(11.5);
        assertThat(value("share75rp", TerritoryLevel.DEPARTEMENT, "9A").estimated()).as("published").isFalse();
        assertThat(value("share75rp", TerritoryLevel.DEPARTEMENT, "9B").estimated()).as("from its communes").isTrue();
        // (11.5 × 590 + 15 × 1,200) / 1,790
        assertThat(value("share75rp", TerritoryLevel.REGION, "99").value()).isCloseTo(24785.0 / 1790, within(1e-9));
        // F-EDI: 9A003 re-keyed onto 9A002; (-1.5 × 500 + 2 × 90) / 590
        assertThat(value("fedi", TerritoryLevel.EPCI, "999000001").value()).isCloseTo(-570.0 / 590, within(1e-9));
        assertThat(value("unemployment", TerritoryLevel.DEPARTEMENT, "9B").value()).isEqualTo(6.5);
        assertThat(value("unemployment", TerritoryLevel.EPCI, "999000001").value()).as("no commune figure").isNull();
        assertThat(catalogue.values("unemployment", TerritoryLevel.DEPARTEMENT, null, null).millesime())
                .as("no year in the file name: the manifest's").isEqualTo(2024);
        assertThat(value("poverty", TerritoryLevel.DEPARTEMENT, "9A").value()).isEqualTo(14.8);
        assertThat(value("poverty", TerritoryLevel.REGION, "99").value()).as("a rate without numerator").isNull();
        assertThat(value("popestimate", TerritoryLevel.REGION, "99").value()).as("640 + 1,300").isEqualTo(1940.0);
        assertThat(value("popestimate", TerritoryLevel.REGION, "99").estimated()).as("a sum is exact").isFalse();
        assertThat(value("bpegp", TerritoryLevel.DEPARTEMENT, "9B").value()).as("secret, never 0").isNull();
        assertThat(value("bpegp", TerritoryLevel.REGION, "99").value()).as("a secret part").isNull();
    }

    @Test
    void theImportReportCountsReKeyedAndUnknownCodesAndSecrecyCells() {
        assertThat(report.counts()).containsEntry("indicator figures re-keyed from a former commune code", 1L);
        assertThat(report.unmatchedCodes())
                .containsEntry("indicator commune codes not among the stored territories", List.of("9Z999"))
                .containsEntry("indicator departement codes not among the stored territories", List.of("01"));
        assertThat(report.warnings()).anySatisfy(w -> assertThat(w).contains(STATS)
                .contains("Médecin généraliste (en nombre) 2024").contains("N/A"));
    }

    @Test
    void share75FallsBackOnThePublishedShareWithoutCensusBandsAndTheFilterUsesIt() throws Exception {
        IndicatorView.Values share75 = catalogue.values("share75", TerritoryLevel.EPCI, null, null);
        assertThat(share75.source()).contains("ODU test").contains("part publiée par le recensement");
        assertThat(share75.millesime()).isEqualTo(2022);
        assertThat(catalogue.definitions()).extracting(IndicatorView.Definition::id).contains("share75", "fedi")
                .doesNotContain("share75rp", "share60");
        mvc.perform(get("/api/indicators/share75").param("level", "epci").with(user("viewer").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.values[?(@.code == '999000001')].estimated").value(Matchers.contains(true)));
        mvc.perform(get("/api/filter").param("level", "commune").param("c", "share75>12")
                        .with(user("viewer").roles("VIEWER")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.count").value(2))
                .andExpect(jsonPath("$.matches[*].code").value(Matchers.containsInAnyOrder("9A002", "9B001")));
    }

    @Test
    void theEpciReportShowsTheFiguresAndSaysWhichAreEstimates() {
        TerritoryReport epci = reports.report(TerritoryLevel.EPCI, "999000001");
        TerritoryReport.Figure share75 = figure(epci, "share75");
        assertThat(share75.value()).isCloseTo(6800.0 / 590, within(1e-9));
        assertThat(share75.estimatedAt(0)).isTrue();
        assertThat(share75.references().get(0)).as("département 9A, published").isEqualTo(11.5);
        assertThat(share75.estimatedAt(1)).isFalse();
        assertThat(share75.estimatedAt(2)).as("the région from its départements").isTrue();
        assertThat(share75.note()).contains("estimation");
        assertThat(share75.millesime()).isEqualTo(2022);
        TerritoryReport.Figure poverty = figure(epci, "poverty");
        assertThat(poverty.value()).isNull();
        assertThat(poverty.references()).containsExactly(14.8, null);
        assertThat(poverty.source()).isEqualTo("INSEE Statistiques locales test");
        assertThat(poverty.millesime()).isEqualTo(2021);
        assertThat(figure(epci, "unemployment").references().get(0)).isEqualTo(7.3);
        assertThat(figure(epci, "fedi").estimatedAt(0)).isTrue();
        assertThat(figure(epci, "mortality064").references().get(0)).isEqualTo(2.3);
    }

    private static TerritoryReport.Figure figure(TerritoryReport report, String id) {
        return report.sections().stream().flatMap(s -> s.figures().stream()).filter(f -> f.id().equals(id))
                .findFirst().orElseThrow(() -> new AssertionError("no figure " + id));
    }

    /** Every stored figure, to compare before and after a failed import. */
    private List<Map<String, Object>> stored() {
        return jdbc.queryForList("SELECT indicator_id, millesime, territory_level, territory_code, figure"
                + " FROM indicator_value ORDER BY indicator_id, millesime, territory_level, territory_code");
    }

    private ImportProblem failingImport(String name, String content) throws IOException {
        List<Map<String, Object>> before = stored();
        Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
        Path manifest = manifest("bad.yml", List.of("part_75ans_plus_2022_communes-test.json", name));
        ImportException e = catchThrowableOfType(ImportException.class, () -> importer.run(ImportManifest.read(manifest),
                "test"));
        assertThat(e).as(name + " must fail").isNotNull();
        assertThat(stored()).as("nothing stored changes").isEqualTo(before);
        return e.problems().get(0);
    }

    @Test
    void badExportsNameTheFileAndTheColumnOrKeyAndChangeNothing() throws IOException {
        String titles = "\uFEFFInsee - Statistiques locales; ; \nRéférentiel géographique : France par département; ; \n";
        assertThat(failingImport("changed-title.csv", "\uFEFFInsee - Statistiques locales (export); ; \n"
                + "Référentiel géographique : France par département; ; \nCode;Libellé;Taux de pauvreté 2021\n9A;A;1\n"))
                .satisfies(p -> {
                    assertThat(p.file()).isEqualTo("changed-title.csv");
                    assertThat(p.location()).isEqualTo("line 1");
                });
        assertThat(failingImport("no-code.csv", titles + "CODGEO;Libellé;Taux de pauvreté 2021\n9A;A;1\n"))
                .satisfies(p -> {
                    assertThat(p.file()).isEqualTo("no-code.csv");
                    assertThat(p.field()).isEqualTo("Code");
                });
        assertThat(failingImport("no-year.csv", titles + "Code;Libellé;Taux de pauvreté\n9A;A;1\n"))
                .satisfies(p -> {
                    assertThat(p.file()).isEqualTo("no-year.csv");
                    assertThat(p.field()).isEqualTo("Taux de pauvreté");
                    assertThat(p.message()).contains("no millésime");
                });
        assertThat(failingImport("fedi_2021_communes-bad.json", "{\"9A001\": {\"EDI\": 1.0}, \"9A002\": [2.0]}"))
                .satisfies(p -> {
                    assertThat(p.file()).isEqualTo("fedi_2021_communes-bad.json");
                    assertThat(p.location()).isEqualTo("key '9A002'");
                    assertThat(p.message()).contains("expected an object of named values");
                });
        assertThat(failingImport("fedi_2021_communes-array.json", "[{\"9A001\": {\"EDI\": 1.0}}]"))
                .satisfies(p -> assertThat(p.message()).contains("expected a JSON object keyed by territory code"));
    }

    @Test
    void secrecyCellsOfAReImportStayMissingNeverZero() throws IOException {
        Files.writeString(dir.resolve("secret.csv"), "\uFEFFInsee - Statistiques locales; ; \n"
                + "Référentiel géographique : France par département; ; \nCode;Libellé;Taux de pauvreté 2021\n"
                + "9A;A;N/A - secret statistique\n9B;B;17.2\n", StandardCharsets.UTF_8);
        ImportReport again = importer.run(ImportManifest.read(manifest("secret.yml", List.of("secret.csv"))), "test");

        assertThat(value("poverty", TerritoryLevel.DEPARTEMENT, "9A").value()).isNull();
        assertThat(value("poverty", TerritoryLevel.DEPARTEMENT, "9B").value()).isEqualTo(17.2);
        assertThat(again.warnings()).anySatisfy(w -> assertThat(w).contains("secret.csv")
                .contains("Taux de pauvreté 2021").contains("1 cell(s) 'N/A'"));
    }
}
