package fr.oasis.indicator;

import static fr.oasis.indicator.ImportedIndicatorContract.fixture;
import static fr.oasis.indicator.ImportedIndicatorContract.input;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.oasis.importer.ImportReport;
import fr.oasis.importer.IndicatorImportService;
import fr.oasis.importer.TerritoryImportService;
import fr.oasis.importer.TinyTerritory;
import fr.oasis.importer.source.ObservatoireSeriesReader;
import fr.oasis.territory.TerritoryLevel;
import java.util.List;
import java.util.NoSuchElementException;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The Observatoire des territoires mortality series (fixtures {@code taux_mortalite_*-test.csv})
 * on the tiny territory: every period kept as the millésime of its end year, the catalogue
 * serving the latest, the series serving all of them, and codes outside the stored territory
 * listed.
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class IndicatorSeriesContract {
    private static final String SOURCE = "Observatoire des territoires test";
    @Autowired
    TerritoryImportService territories;
    @Autowired
    IndicatorImportService indicators;
    @Autowired
    IndicatorCatalogue catalogue;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;
    ImportReport report;

    @BeforeEach
    void importTinyAndSeries() {
        fr.oasis.support.DataChange.deleteImportedIndicators(jdbc);
        territories.importTerritories(TinyTerritory.inputs(), "test", "tiny");
        ObservatoireSeriesReader reader = new ObservatoireSeriesReader();
        report = indicators.importIndicators(List.of(
                input(SOURCE, reader, fixture("taux_mortalite_epci-test.csv")),
                input(SOURCE, reader, fixture("taux_mortalite_departement-test.csv")),
                input(SOURCE, reader, fixture("taux_mortalite_region-test.csv"))), "test");
    }

    private Double latest(TerritoryLevel level, String code) {
        IndicatorView.Values values = catalogue.values("mortality", level, null, null);
        assertThat(values.millesime()).isEqualTo(2018);
        return values.values().stream().filter(v -> v.code().equals(code)).findFirst().orElseThrow().value();
    }

    @Test
    void theCatalogueServesTheLatestPeriod() {
        assertThat(latest(TerritoryLevel.DEPARTEMENT, "9A")).isEqualTo(10.8);
        assertThat(latest(TerritoryLevel.DEPARTEMENT, "9B")).as("blank in the file").isNull();
        assertThat(latest(TerritoryLevel.EPCI, "999000001")).isEqualTo(10.1);
        assertThat(latest(TerritoryLevel.REGION, "99")).isEqualTo(9.2);
        assertThat(latest(TerritoryLevel.COMMUNE, "9A001")).as("a rate without counts is not aggregated").isNull();
        assertThat(catalogue.definitions()).filteredOn(d -> d.id().equals("mortality")).singleElement()
                .satisfies(d -> {
                    assertThat(d.unit()).isEqualTo("‰");
                    assertThat(d.source()).isEqualTo(SOURCE);
                });
    }

    @Test
    void theSeriesHasEveryMillesimeOfTheIndicatorMissingOnesAsNull() {
        IndicatorView.Series series = catalogue.series("mortality", TerritoryLevel.DEPARTEMENT, "9A");

        assertThat(series.name()).isEqualTo("Département A");
        assertThat(series.label()).isEqualTo("Taux brut de mortalité");
        // 2013 comes from the EPCI file only: 9A has no 2008-2013 figure.
        assertThat(series.points()).extracting(IndicatorView.SeriesPoint::millesime, IndicatorView.SeriesPoint::value)
                .containsExactly(tuple(1975, 11.2), tuple(2007, 10.4), tuple(2008, 10.3), tuple(2013, null),
                        tuple(2018, 10.8));
        assertThat(series.points()).allSatisfy(p -> assertThat(p.source()).isEqualTo(SOURCE));
        assertThat(catalogue.series("mortality", TerritoryLevel.EPCI, "999000002").points())
                .extracting(IndicatorView.SeriesPoint::value).containsExactly(null, null, null, 8.0, null);
    }

    @Test
    void codesOutsideTheStoredTerritoryAreListed() {
        assertThat(report.unmatchedCodes())
                .containsEntry("indicator epci codes not among the stored territories", List.of("200000545"))
                .containsEntry("indicator departement codes not among the stored territories", List.of("55", "976"))
                .containsEntry("indicator region codes not among the stored territories", List.of("41", "44"));
    }

    @Test
    void seriesOfComputedUnknownIndicatorsOrTerritoriesAreRefused() throws Exception {
        assertThatThrownBy(() -> catalogue.series("density", TerritoryLevel.EPCI, "999000001"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no series");
        assertThatThrownBy(() -> catalogue.series("mortality", TerritoryLevel.EPCI, "123"))
                .isInstanceOf(NoSuchElementException.class);
        mvc.perform(get("/api/indicators/mortality/series").param("level", "region").param("code", "99")
                        .with(user("viewer").roles("VIEWER")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.points.length()").value(5))
                .andExpect(jsonPath("$.points[4].value").value(9.2))
                .andExpect(jsonPath("$.points[1].value").value(Matchers.nullValue()));
        mvc.perform(get("/api/indicators/mortality/series").param("level", "epci").param("code", "200000545")
                .with(user("viewer").roles("VIEWER"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/indicators/income/series").param("level", "epci").param("code", "999000001")
                .with(user("viewer").roles("VIEWER"))).andExpect(status().isBadRequest());
    }

    @Test
    void anyStoredMillesimeIsServedOnRequestAndAnUnknownOneIsRefusedInFrench() throws Exception {
        IndicatorView.Values of2008 = catalogue.values("mortality", TerritoryLevel.DEPARTEMENT, null, null, 2008);
        assertThat(of2008.millesime()).isEqualTo(2008);
        assertThat(of2008.millesimes()).containsExactly(1975, 2007, 2008, 2013, 2018);
        assertThat(of2008.values()).filteredOn(v -> v.code().equals("9A")).singleElement()
                .extracting(IndicatorView.Value::value).isEqualTo(10.3);
        var viewer = user("viewer").roles("VIEWER");
        var answer2007 = mvc.perform(get("/api/indicators/mortality").param("level", "departement")
                        .param("year", "2007").with(viewer))
                .andExpect(status().isOk()).andExpect(jsonPath("$.millesime").value(2007))
                .andExpect(jsonPath("$.millesimes.length()").value(5))
                .andExpect(jsonPath("$.values[?(@.code == '9A')].value").value(10.4)).andReturn();
        var latest = mvc.perform(get("/api/indicators/mortality").param("level", "departement").with(viewer))
                .andExpect(status().isOk()).andExpect(jsonPath("$.millesime").value(2018)).andReturn();
        // The year is part of what identifies the answer: two millésimes, two ETags.
        assertThat(answer2007.getResponse().getHeader("ETag")).isNotBlank()
                .isNotEqualTo(latest.getResponse().getHeader("ETag"));
        mvc.perform(get("/api/indicators/mortality").param("level", "departement").param("year", "2030").with(viewer))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("Millésime 2030 indisponible pour l'indicateur « mortality » :"
                        + " millésimes disponibles 1975, 2007, 2008, 2013, 2018."));
        mvc.perform(get("/api/indicators/mortality").param("level", "departement").param("year", "deux mille")
                .with(viewer)).andExpect(status().isBadRequest());
        // A computed indicator has only the millésime of the data it is computed from.
        Integer densityYear = catalogue.values("density", TerritoryLevel.EPCI, null, null).millesime();
        mvc.perform(get("/api/indicators/density").param("level", "epci").param("year", String.valueOf(densityYear))
                .with(viewer)).andExpect(status().isOk()).andExpect(jsonPath("$.millesimes.length()").value(1));
        mvc.perform(get("/api/indicators/density").param("level", "epci").param("year", "1999").with(viewer))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(Matchers.startsWith("Millésime 1999 indisponible")));
    }
}
