package fr.oasis.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import fr.oasis.accessibility.AccessibilityQueries;
import fr.oasis.accessibility.AccessibilityView;
import fr.oasis.accessibility.AplVariant;
import fr.oasis.importer.IndicatorImportService;
import fr.oasis.importer.PractitionerImportService;
import fr.oasis.importer.TerritoryImportService;
import fr.oasis.importer.TinyTerritory;
import fr.oasis.importer.record.IndicatorRecord;
import fr.oasis.importer.record.PractitionerRecord;
import fr.oasis.importer.source.FilosofiDispReader;
import fr.oasis.importer.source.IndicatorCsvReader;
import fr.oasis.importer.source.SourceReader;
import fr.oasis.practitioner.PractitionerVintageView;
import fr.oasis.practitioner.Profession;
import fr.oasis.report.TerritoryReport.Figure;
import fr.oasis.report.TerritoryReport.Section;
import fr.oasis.territory.TerritoryLevel;
import fr.oasis.territory.TerritoryQueries;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reports on the tiny territory ({@link TinyTerritory}: 9A001 500 inhabitants and 9A002 90 in
 * EPCI 999000001 = département 9A; 9B001 1,200 and 9B002 0 in EPCI 999000002 = département 9B),
 * with the Filosofi and long-CSV fixtures and three practitioners. Every expected figure is
 * computed by hand in the comments.
 */
@SpringBootTest
abstract class ReportTinyContract {
    private static final String EAST = "999000002";
    private static final String WEST = "999000001";
    @Autowired
    TerritoryImportService territories;
    @Autowired
    PractitionerImportService practitioners;
    @Autowired
    IndicatorImportService indicators;
    @Autowired
    ReportService reports;
    @Autowired
    AccessibilityQueries accessibility;
    @Autowired
    TerritoryQueries territoryQueries;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path dir;

    @BeforeEach
    void tinyTerritoryIndicatorsAndPractitioners() {
        fr.oasis.support.DataChange.deleteImportedIndicators(jdbc);
        territories.importTerritories(TinyTerritory.inputs(), "test", "tiny");
        indicators.importIndicators(List.of(
                input(new FilosofiDispReader(), fixture("FILO2019_DISP_COM-test.csv")),
                input(new FilosofiDispReader(), fixture("FILO2019_DISP_EPCI-test.csv")),
                input(new FilosofiDispReader(), fixture("FILO2019_DISP_DEP-test.csv")),
                input(new IndicatorCsvReader(), fixture("indicators-long-test.csv"))), "test");
        practitioners.importPractitioners(List.of(
                        new PractitionerRecord("GP1", "MG", null, "9B001", null, null, 4500.0, 63, false, "t#2"),
                        new PractitionerRecord("GP2", "MG", null, "9A003", null, null, 4500.0, 40, false, "t#3"),
                        new PractitionerRecord("CD1", "CD", null, "9A001", null, null, null, null, false, "t#4")),
                new PractitionerVintageView.New("test practitioners", "test", 2025, false, false), "test");
    }

    private static IndicatorImportService.Input input(SourceReader<IndicatorRecord> reader, Path file) {
        return new IndicatorImportService.Input("tiny indicators", reader.format(), reader.read(file).records());
    }

    private static Path fixture(String name) {
        try {
            return Path.of(ReportTinyContract.class.getResource("/importer/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Section section(TerritoryReport report, String id) {
        return report.sections().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    static Figure figure(TerritoryReport report, String id) {
        return report.sections().stream().flatMap(s -> s.figures().stream()).filter(f -> f.id().equals(id))
                .findFirst().orElseThrow(() -> new AssertionError("no figure " + id));
    }

    @Test
    void sharesAreRatiosOfSumsNotMeansOfRatios() {
        TerritoryReport report = reports.selection(List.of("9A001", "9A002"), null);

        // Σ 75+ / Σ census = (50 + 15) / (500 + 90); the mean of the communes' shares would be 13.3 %.
        Figure share75 = figure(report, "share75");
        assertThat(share75.value()).isCloseTo(100.0 * 65 / 590, within(1e-9));
        assertThat(share75.source()).isEqualTo("recensement test");
        assertThat(share75.millesime()).isEqualTo(2021);
        assertThat(figure(report, "ages.0-14").value()).isCloseTo(100.0 * 115 / 590, within(1e-9));
        // Density: Σ population / Σ commune areas; the dissolved EPCI of the same communes measures
        // the same area up to the rounding of its contour (a few 1e-5).
        Double epciArea = territoryQueries.find(TerritoryLevel.EPCI, WEST).orElseThrow().areaKm2();
        Double area = figure(report, "area").value();
        assertThat(area).isCloseTo(epciArea, org.assertj.core.data.Percentage.withPercentage(0.01));
        assertThat(figure(report, "density").value()).isCloseTo(590 / area, within(1e-9));
        assertThat(report.subject().name()).isEqualTo("Sélection de 2 communes");
    }

    @Test
    void importedIndicatorsFollowTheirRuleAndMissingValuesStayMissing() {
        TerritoryReport east = reports.report(TerritoryLevel.EPCI, EAST);

        // Poverty is a RATIO: (150 + 0) / (1,200 + 10), not the mean of 12.5 % and 0 %.
        Figure poverty = figure(east, "poverty");
        assertThat(poverty.value()).isCloseTo(15000.0 / 1210, within(1e-9));
        // Département 9B = the same communes; the région has a secret denominator in 9A002.
        assertThat(poverty.references()).hasSize(2);
        assertThat(poverty.references().get(0)).isCloseTo(15000.0 / 1210, within(1e-9));
        assertThat(poverty.references().get(1)).isNull();
        assertThat(poverty.note()).contains("secret statistique").doesNotContain("médiane");
        Figure income = figure(east, "income");
        assertThat(income.value()).as("a median is never aggregated").isNull();
        assertThat(income.note()).contains("médiane");
        assertThat(income.source()).isEqualTo("tiny indicators");
        assertThat(income.millesime()).isEqualTo(2019);
        assertThat(figure(east, "households").value()).as("9B002 has no published households").isNull();
        Figure unemployment = figure(east, "unemployment");
        assertThat(unemployment.value()).isNull();
        assertThat(unemployment.note()).startsWith("Non importé");
        assertThat(figure(reports.report(TerritoryLevel.EPCI, WEST), "income").value()).as("published").isEqualTo(21300.0);

        TerritoryReport mixed = reports.selection(List.of("9A001", "9B001"), "Deux bourgs");
        assertThat(figure(mixed, "poverty").value()).isCloseTo(100.0 * (48 + 150) / (480 + 1200), within(1e-9));
        assertThat(figure(mixed, "households").value()).isEqualTo(210.0 + 520.0);
        assertThat(figure(reports.selection(List.of("9A001", "9A002"), null), "poverty").value())
                .as("9A002's denominator is secret").isNull();
    }

    @Test
    void everySectionIsPresentInOrderAndEmptyOnesSayWhatIsMissing() {
        TerritoryReport east = reports.report(TerritoryLevel.EPCI, EAST);

        assertThat(east.sections()).extracting(Section::id)
                .containsExactly("demography", "ages", "households", "care", "accessibility", "practitioners",
                        "structures"); // structures: the indicative priority zone of the GP APL at least
        Section ages = section(east, "ages");
        assertThat(ages.figures()).isEmpty();
        assertThat(ages.emptyMessage()).contains("ne couvre aucune commune").contains("population-by-age");
        Section care = section(east, "care");
        assertThat(care.figures()).isEmpty();
        assertThat(care.emptyMessage()).contains("nomt", "ald", "mortality");
        assertThat(figure(east, "population-growth").value()).isNull();
        assertThat(figure(east, "population-growth").note()).startsWith("Évolution non disponible");

        fr.oasis.support.DataChange.deleteImportedIndicators(jdbc);
        Section households = section(reports.report(TerritoryLevel.EPCI, EAST), "households");
        assertThat(households.figures()).isEmpty();
        assertThat(households.emptyMessage()).contains("Filosofi");
    }

    @Test
    void referencesAreTheMostPopulatedDepartementAndTheRegion() {
        TerritoryReport mixed = reports.selection(List.of("9A001", "9B001"), "Deux bourgs");
        // 1,200 inhabitants in 9B against 500 in 9A.
        assertThat(mixed.references()).extracting(TerritoryReport.Reference::code).containsExactly("9B", "99");
        assertThat(mixed.references()).extracting(TerritoryReport.Reference::name)
                .containsExactly("Département B", "Région test");
        assertThat(mixed.subject().level()).isEqualTo("selection");
        assertThat(mixed.subject().name()).isEqualTo("Deux bourgs");
        assertThat(mixed.subject().code()).as("stable key").isEqualTo(reports.selection(List.of("9B001", "9A001"),
                null).subject().code());
        assertThat(figure(mixed, "population").references()).containsExactly(1200.0, 1790.0);

        assertThat(reports.report(TerritoryLevel.DEPARTEMENT, "9A").references())
                .extracting(TerritoryReport.Reference::level).containsExactly("region");
        assertThat(reports.report(TerritoryLevel.REGION, "99").references()).isEmpty();
        TerritoryReport commune = reports.report(TerritoryLevel.COMMUNE, "9A002");
        assertThat(commune.references()).extracting(TerritoryReport.Reference::code).containsExactly("9A", "99");
        assertThat(commune.subject().communeCodes()).containsExactly("9A002");
    }

    @Test
    void aSelectionsAccessibilityIsAggregatedExactlyLikeAnEpci() {
        TerritoryReport epci = reports.report(TerritoryLevel.EPCI, EAST);
        TerritoryReport selection = reports.selection(List.of("9B001", "9B002"), null);
        AccessibilityView.TerritoryValue stored = accessibility.layer(TerritoryLevel.EPCI, Profession.MG, AplVariant.ALL)
                .values().stream().filter(v -> v.code().equals(EAST)).findFirst().orElseThrow();

        for (String id : List.of("apl.MG.all", "apl.MG.under-62", "nearest.MG", "beyond20.MG", "apl.CD.all")) {
            assertThat(figure(selection, id).value()).as(id).isEqualTo(figure(epci, id).value());
            assertThat(figure(selection, id).references()).as(id).isEqualTo(figure(epci, id).references());
        }
        assertThat(figure(epci, "apl.MG.all").value()).isEqualTo(stored.apl());
        assertThat(figure(epci, "nearest.MG").note()).contains("vol d'oiseau");
        // The census covers only some communes: demand is the raw population, and labels say so.
        AccessibilityView.Run gp = accessibility.runs().stream()
                .filter(r -> r.profession().equals("MG") && r.variant().equals("all")).findFirst().orElseThrow();
        assertThat(gp.ageStandardised()).isFalse();
        assertThat(figure(epci, "apl.MG.all").unit()).isEqualTo("consultations par an et par habitant");
        assertThat(figure(epci, "apl.CD.all").unit()).isEqualTo("ETP pour 100 000 habitants");
        assertThat(figure(epci, "apl.MG.all").note()).contains("non standardisée par âge");
        // One histogram bar per class, the communes of the subject counted once each.
        TerritoryReport.Chart histogram = section(epci, "accessibility").charts().get(0);
        assertThat(histogram.kind()).isEqualTo("histogram");
        assertThat(histogram.series().get(0).values().stream().mapToDouble(Double::doubleValue).sum()).isEqualTo(2.0);
    }

    @Test
    void practitionersByAgeClassWithDensityAndShareAgedSixtyOrMore() {
        TerritoryReport west = reports.report(TerritoryLevel.EPCI, WEST);

        // GP2 (40, declared in former 9A003) and CD1 (age unknown) practise in the West: 590 inhabitants.
        assertThat(figure(west, "practitioners.MG.count").value()).isEqualTo(1.0);
        assertThat(figure(west, "practitioners.MG.density").value()).isCloseTo(10_000.0 / 590, within(1e-9));
        assertThat(figure(west, "practitioners.MG.share60").value()).isZero();
        // Région: GP1 (63) and GP2 over 1,790 inhabitants.
        assertThat(figure(west, "practitioners.MG.density").references().get(1)).isCloseTo(20_000.0 / 1790,
                within(1e-9));
        assertThat(figure(west, "practitioners.MG.share60").references().get(1)).isEqualTo(50.0);
        Figure dentists = figure(west, "practitioners.CD.share60");
        assertThat(dentists.value()).as("no known age").isNull();
        assertThat(dentists.note()).isEqualTo("Âge inconnu pour les 1 professionnels du territoire.");
        TerritoryReport.Table table = section(west, "practitioners").tables().get(0);
        assertThat(table.columns()).startsWith("Profession", "moins de 40 ans", "40-49 ans", "50-59 ans",
                "60 ans et plus", "âge inconnu", "Total");
        assertThat(table.rows().get(0)).startsWith("Médecins généralistes", 0L, 1L, 0L, 0L, 0L, 1L);
        assertThat(table.rows().get(1)).startsWith("Chirurgiens-dentistes", 0L, 0L, 0L, 0L, 1L, 1L);
        assertThat(table.source()).isEqualTo("test practitioners");
        assertThat(table.millesime()).isEqualTo(2025);
    }

    @Test
    void aPopulationSeriesGivesTheEvolution() throws IOException {
        Path series = Files.writeString(dir.resolve("population.csv"), """
                territory_level,territory_code,indicator,year,value,label,unit,aggregation
                commune,9A001,population,2015,400,Population municipale,hab.,sum
                commune,9A002,population,2015,100,,,
                commune,9B001,population,2015,1000,,,
                commune,9B002,population,2015,0,,,
                commune,9A001,population,2021,500,,,
                commune,9A002,population,2021,90,,,
                commune,9B001,population,2021,1200,,,
                commune,9B002,population,2021,0,,,
                """);
        indicators.importIndicators(List.of(input(new IndicatorCsvReader(), series)), "test");

        TerritoryReport west = reports.report(TerritoryLevel.EPCI, WEST);
        // 500 → 590 in six years; the région 1,500 → 1,790.
        Figure growth = figure(west, "population-growth");
        assertThat(growth.value()).isCloseTo(100 * (Math.pow(590.0 / 500, 1.0 / 6) - 1), within(1e-9));
        assertThat(growth.references().get(1)).isCloseTo(100 * (Math.pow(1790.0 / 1500, 1.0 / 6) - 1), within(1e-9));
        assertThat(growth.millesime()).isEqualTo(2021);
        assertThat(growth.note()).contains("2015 et 2021");
        TerritoryReport.Chart index = section(west, "demography").charts().get(0);
        assertThat(index.categories()).containsExactly("2015", "2021");
        assertThat(index.series().get(0).values()).containsExactly(100.0, 118.0);
    }

    @Test
    void unknownCodesAndBadSelectionsAreRefused() {
        assertThatThrownBy(() -> reports.report(TerritoryLevel.EPCI, "000000000"))
                .isInstanceOf(NoSuchElementException.class).hasMessageContaining("000000000");
        assertThatThrownBy(() -> reports.report(TerritoryLevel.COMMUNE, "9A003")).as("a former code is no commune now")
                .isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> reports.selection(List.of("9A001", "9Z999"), null))
                .isInstanceOf(NoSuchElementException.class).hasMessageContaining("9Z999");
        assertThatThrownBy(() -> reports.selection(List.of(" , "), null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(reports.selection(List.of("9a003; 9A001"), null).subject().communeCodes())
                .as("former code re-keyed, separators and case tolerated").containsExactly("9A001", "9A002");
    }
}
