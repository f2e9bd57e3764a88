package fr.oasis.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.oasis.importer.problem.ImportException;
import fr.oasis.importer.ImportReport;
import fr.oasis.importer.IndicatorImportService;
import fr.oasis.importer.TerritoryImportService;
import fr.oasis.importer.TinyTerritory;
import fr.oasis.importer.source.FilosofiDispReader;
import fr.oasis.importer.source.IndicatorCsvReader;
import fr.oasis.importer.source.SourceReader;
import fr.oasis.indicator.store.Aggregation;
import fr.oasis.indicator.store.ImportedIndicatorStore;
import fr.oasis.indicator.store.IndicatorDefinition;
import fr.oasis.indicator.store.IndicatorValue;
import fr.oasis.territory.TerritoryLevel;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Imported indicators on the tiny territory (see {@link TinyTerritory}: 9A002 absorbed the former
 * 9A003), from the Filosofi fixtures (commune, EPCI, département) and the long CSV fixture
 * (poverty as a RATIO, meanage as a WEIGHTED_MEAN). Expected figures are computed by hand.
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class ImportedIndicatorContract {
    private static final String FILOSOFI = "INSEE Filosofi test";
    @Autowired
    TerritoryImportService territories;
    @Autowired
    IndicatorImportService indicators;
    @Autowired
    ImportedIndicatorStore store;
    @Autowired
    IndicatorCatalogue catalogue;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;
    @TempDir
    Path dir;
    ImportReport report;

    @BeforeEach
    void importTinyAndIndicators() {
        fr.oasis.support.DataChange.deleteImportedIndicators(jdbc);
        territories.importTerritories(TinyTerritory.inputs(), "test", "tiny");
        report = indicators.importIndicators(List.of(
                input(FILOSOFI, new FilosofiDispReader(), fixture("FILO2019_DISP_COM-test.csv")),
                input(FILOSOFI, new FilosofiDispReader(), fixture("FILO2019_DISP_EPCI-test.csv")),
                input(FILOSOFI, new FilosofiDispReader(), fixture("FILO2019_DISP_DEP-test.csv")),
                input("test CSV", new IndicatorCsvReader(), fixture("indicators-long-test.csv"))), "test");
    }

    static IndicatorImportService.Input input(String label, SourceReader<fr.oasis.importer.record.IndicatorRecord> reader,
                                              Path file) {
        return new IndicatorImportService.Input(label, reader.format(), reader.read(file).records());
    }

    static Path fixture(String name) {
        try {
            return Path.of(ImportedIndicatorContract.class.getResource("/importer/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private Double value(String id, TerritoryLevel level, String code) {
        return catalogue.values(id, level, null, null).values().stream().filter(v -> v.code().equals(code))
                .findFirst().orElseThrow().value();
    }

    @Test
    void publishedFiguresWinAndTheOthersAggregateByTheirRule() {
        assertThat(value("households", TerritoryLevel.COMMUNE, "9A002")).as("52 = 40 + former 9A003's 12")
                .isEqualTo(52.0);
        assertThat(value("households", TerritoryLevel.COMMUNE, "9B002")).as("not published").isNull();
        assertThat(value("income", TerritoryLevel.COMMUNE, "9B001")).isEqualTo(21980.5);
        assertThat(value("income", TerritoryLevel.COMMUNE, "9A002")).as("secret, and merged").isNull();
        assertThat(value("income", TerritoryLevel.EPCI, "999000001")).isEqualTo(21300.0);
        assertThat(value("income", TerritoryLevel.EPCI, "999000002")).as("a median is not aggregated").isNull();
        assertThat(value("households", TerritoryLevel.EPCI, "999000002")).as("9B002 unknown").isNull();
        assertThat(value("income", TerritoryLevel.DEPARTEMENT, "9B")).as("published secret stays missing").isNull();
        assertThat(value("households", TerritoryLevel.REGION, "99")).as("262 + 600 from the départements")
                .isEqualTo(862.0);
        assertThat(value("income", TerritoryLevel.REGION, "99")).isNull();
        assertThat(value("poverty", TerritoryLevel.EPCI, "999000001")).as("9A002's denominator is secret").isNull();
        assertThat(value("poverty", TerritoryLevel.EPCI, "999000002")).isCloseTo(15000.0 / 1210, within(1e-9));
        assertThat(value("poverty", TerritoryLevel.DEPARTEMENT, "9B")).isCloseTo(15000.0 / 1210, within(1e-9));
        assertThat(value("meanage", TerritoryLevel.EPCI, "999000001")).isCloseTo(24500.0 / 590, within(1e-9));
    }

    @Test
    void theReportCountsReKeyedMergedAndUnknownCodes() {
        assertThat(report.counts()).containsEntry("indicator figures re-keyed from a former commune code", 2L)
                .containsEntry("indicator figures made missing by a commune merger (median or mean)", 1L);
        assertThat(report.unmatchedCodes()).containsEntry("indicator commune codes not among the stored territories",
                        List.of("9Z999"))
                .containsEntry("indicator epci codes not among the stored territories", List.of("200000545"))
                .containsEntry("indicator departement codes not among the stored territories", List.of("01"));
    }

    @Test
    void reImportingReplacesOnlyThatIndicatorAndYear() throws IOException {
        Path again = Files.writeString(dir.resolve("poverty.csv"), "territory_level,territory_code,indicator,year,"
                + "value,numerator,denominator,label,unit,aggregation,scale\n"
                + "commune,9A001,poverty,2019,11,53,480,Taux de pauvreté,%,ratio,100\n");

        indicators.importIndicators(List.of(input("test CSV", new IndicatorCsvReader(), again)), "test");

        assertThat(value("poverty", TerritoryLevel.COMMUNE, "9A001")).isEqualTo(11.0);
        assertThat(value("poverty", TerritoryLevel.COMMUNE, "9B001")).as("row of the previous import gone").isNull();
        assertThat(value("income", TerritoryLevel.COMMUNE, "9A001")).as("other indicators kept").isEqualTo(21450.0);
    }

    @Test
    void aFailedImportLeavesThePreviousFiguresIntact() throws IOException {
        Path clash = Files.writeString(dir.resolve("clash.csv"), "territory_level,territory_code,indicator,year,"
                + "value,label,unit,aggregation\ncommune,9A001,density,2019,1,Densité,hab./km²,none\n"
                + "commune,9A001,income,2019,1,Revenu disponible médian par UC,€,none\n");
        assertThatThrownBy(() -> indicators.importIndicators(
                List.of(input("test CSV", new IndicatorCsvReader(), clash)), "test"))
                .isInstanceOf(ImportException.class).hasMessageContaining("computed indicator");

        // A failure inside the transaction, after the old rows were deleted: a duplicated key.
        IndicatorDefinition income = store.latest("income").orElseThrow();
        IndicatorValue twice = new IndicatorValue("income", 2019, TerritoryLevel.COMMUNE, "9A001", 1.0, null, null);
        assertThatThrownBy(() -> store.replace(List.of(income), List.of(twice, twice)))
                .isInstanceOf(DataAccessException.class);

        assertThat(value("income", TerritoryLevel.COMMUNE, "9A001")).isEqualTo(21450.0);
        assertThat(store.values(income)).as("3 commune, 1 EPCI and 2 département rows").hasSize(6);
        assertThat(store.latest("income").orElseThrow().aggregation()).isEqualTo(Aggregation.NONE);
    }

    @Test
    void theApiListsAndServesImportedIndicatorsAndTheFilterUsesThem() throws Exception {
        mvc.perform(get("/api/indicators").with(user("viewer").roles("VIEWER"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == 'income')].source").value(Matchers.contains(FILOSOFI)))
                .andExpect(jsonPath("$[?(@.id == 'income')].millesime").value(Matchers.contains(2019)))
                .andExpect(jsonPath("$[?(@.id == 'income')].unit").value(Matchers.contains("€")));
        mvc.perform(get("/api/indicators/income").param("level", "departement").with(user("viewer").roles("VIEWER")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.millesime").value(2019))
                .andExpect(jsonPath("$.values[?(@.code == '9A')].value").value(Matchers.contains(21320.0)))
                .andExpect(jsonPath("$.values[?(@.code == '9B')].value").value(Matchers.contains(Matchers.nullValue())));
        mvc.perform(get("/api/filter").param("level", "departement").param("c", "income<21400")
                        .with(user("viewer").roles("VIEWER")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.count").value(1))
                .andExpect(jsonPath("$.matches[0].code").value("9A"))
                .andExpect(jsonPath("$.conditions[0].label").value("Revenu disponible médian par UC < 21400 €"));
    }
}
