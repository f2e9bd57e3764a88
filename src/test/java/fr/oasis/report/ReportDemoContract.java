package fr.oasis.report;

import static fr.oasis.report.ReportTinyContract.figure;
import static fr.oasis.report.ReportTinyContract.section;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.oasis.accessibility.AccessibilityQueries;
import fr.oasis.accessibility.AplVariant;
import fr.oasis.demo.DemoLoader;
import fr.oasis.indicator.IndicatorCatalogue;
import fr.oasis.indicator.IndicatorView;
import fr.oasis.practitioner.Profession;
import fr.oasis.report.TerritoryReport.Figure;
import fr.oasis.report.TerritoryReport.Section;
import fr.oasis.territory.TerritoryLevel;
import fr.oasis.territory.TerritoryQueries;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Reports on the demonstration territory (119 communes, 8 EPCI in départements 9A and 9B of
 * région 99): the figures agree with the catalogue and the accessibility module they come from,
 * every figure says its source, and the API and the page serve the same report.
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class ReportDemoContract {
    static final String EPCI = "999000001";
    @Autowired
    DemoLoader demo;
    @Autowired
    TerritoryQueries territories;
    @Autowired
    ReportService reports;
    @Autowired
    IndicatorCatalogue catalogue;
    @Autowired
    AccessibilityQueries accessibility;
    @Autowired
    MockMvc mvc;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    fr.oasis.practitioner.PractitionerQueries practitioners;
    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    @BeforeEach
    void demonstrationData() {
        DemoData.ensure(demo, territories, practitioners, events, jdbc);
    }

    private double catalogueValue(String id, TerritoryLevel level, String code) {
        return catalogue.values(id, level, "MG", "all").values().stream().filter(v -> v.code().equals(code))
                .map(IndicatorView.Value::value).findFirst().orElseThrow();
    }

    @Test
    void anEpciReportAgreesWithTheCatalogueAndTheAccessibilityModule() {
        TerritoryReport report = reports.report(TerritoryLevel.EPCI, EPCI);

        assertThat(report.subject().name()).isEqualTo(territories.find(TerritoryLevel.EPCI, EPCI).orElseThrow().name());
        assertThat(report.references()).extracting(TerritoryReport.Reference::name)
                .containsExactly("Département démo Nord", "Région de démonstration");
        assertThat(figure(report, "share75").value()).isCloseTo(catalogueValue("share75", TerritoryLevel.EPCI, EPCI),
                within(1e-9));
        assertThat(figure(report, "share75").references().get(0))
                .isCloseTo(catalogueValue("share75", TerritoryLevel.DEPARTEMENT, "9A"), within(1e-9));
        assertThat(figure(report, "density").value()).isCloseTo(catalogueValue("density", TerritoryLevel.EPCI, EPCI),
                org.assertj.core.data.Percentage.withPercentage(0.01));
        assertThat(figure(report, "apl.MG.all").references().get(1)).isEqualTo(accessibility
                .layer(TerritoryLevel.REGION, Profession.MG, AplVariant.ALL).values().get(0).apl());
        assertThat(figure(report, "population").value()).isEqualTo((double) territories
                .find(TerritoryLevel.EPCI, EPCI).orElseThrow().population());
    }

    @Test
    void everySectionIsThereAndEveryFigureSaysItsSource() {
        TerritoryReport report = reports.report(TerritoryLevel.EPCI, EPCI);

        assertThat(report.sections()).extracting(Section::title).containsExactly("Démographie", "Structure par âge",
                "Ménages et précarité", "Recours aux soins et prévention", "Accessibilité",
                "Professionnels de santé libéraux", "Structures de soins et zonage indicatif");
        for (Section s : report.sections()) {
            assertThat(s.emptyMessage() == null).as(s.id() + " has figures or tables, or says why not")
                    .isEqualTo(!s.figures().isEmpty() || !s.tables().isEmpty());
            for (Figure f : s.figures()) {
                assertThat(f.references()).as(f.id()).hasSize(2);
                if (f.value() != null) {
                    assertThat(f.source()).as(f.id()).isNotBlank();
                    assertThat(f.millesime()).as(f.id()).isNotNull();
                    assertThat(f.demo()).as(f.id()).isTrue();
                }
            }
        }
        assertThat(section(report, "households").emptyMessage()).contains("Filosofi");
        assertThat(report.sections().stream().flatMap(s -> s.figures().stream()).map(Figure::id).distinct().count())
                .as("figure ids are unique keys").isEqualTo(report.sections().stream()
                        .mapToLong(s -> s.figures().size()).sum());
        TerritoryReport.Chart histogram = section(report, "accessibility").charts().get(0);
        assertThat(histogram.series().get(0).values().stream().mapToDouble(Double::doubleValue).sum())
                .isEqualTo(report.subject().communeCodes().size());
        assertThat(section(report, "ages").charts().get(0).series()).hasSize(3);
        assertThat(section(report, "practitioners").charts()).extracting(TerritoryReport.Chart::id)
                .containsExactly("practitioners-density", "practitioners-age");
        assertThat(report.summary()).hasSizeBetween(3, SummaryWriter.MAX_SENTENCES);
        assertThat(report.summary().get(0)).startsWith(report.subject().name() + " compte ");
    }

    @Test
    void aSelectionOfAnEpcisCommunesHasTheEpcisFigures() {
        TerritoryReport epci = reports.report(TerritoryLevel.EPCI, EPCI);
        TerritoryReport selection = reports.selection(epci.subject().communeCodes(), null);

        assertThat(selection.references()).isEqualTo(epci.references());
        for (Section s : epci.sections()) {
            for (Figure f : s.figures()) {
                Figure same = figure(selection, f.id());
                assertThat(same.references()).as(f.id()).isEqualTo(f.references());
                if (f.value() == null) {
                    assertThat(same.value()).as(f.id()).isNull();
                } else {
                    assertThat(same.value()).as(f.id()).isCloseTo(f.value(), within(1e-9 * Math.max(1, f.value())));
                }
            }
        }
    }

    @Test
    void everyLevelHasItsReport() {
        assertThat(reports.report(TerritoryLevel.COMMUNE, "9A001").references()).hasSize(2);
        TerritoryReport departement = reports.report(TerritoryLevel.DEPARTEMENT, "9B");
        assertThat(departement.references()).extracting(TerritoryReport.Reference::code).containsExactly("99");
        assertThat(figure(departement, "communes").value()).isEqualTo(
                (double) reports.report(TerritoryLevel.DEPARTEMENT, "9B").subject().communeCodes().size());
        assertThat(reports.report(TerritoryLevel.REGION, "99").subject().communeCodes()).hasSize(119);
    }

    @Test
    void theApiServesTheReportAndRefusesStrangers() throws Exception {
        TerritoryReport report = reports.report(TerritoryLevel.EPCI, EPCI);
        mvc.perform(get("/api/reports/epci/" + EPCI)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/reports/epci/" + EPCI).with(user("v").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.subject.code").value(EPCI))
                .andExpect(jsonPath("$.references[0].code").value("9A"))
                .andExpect(jsonPath("$.sections[*].id").value(Matchers.contains("demography", "ages", "households",
                        "care", "accessibility", "practitioners", "structures")))
                .andExpect(jsonPath("$.sections[1].figures[?(@.id == 'share75')].value")
                        .value(Matchers.contains(figure(report, "share75").value())))
                .andExpect(jsonPath("$.sections[2].figures").isEmpty())
                .andExpect(jsonPath("$.sections[2].emptyMessage").value(containsString("Filosofi")));
        mvc.perform(get("/api/reports/epci/000000000").with(user("v").roles("VIEWER")))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("not_found"));
        mvc.perform(get("/api/reports/canton/1").with(user("v").roles("VIEWER"))).andExpect(status().isBadRequest());
        mvc.perform(get("/api/reports/selection").param("communes", "9A001,9A002").param("name", "Deux communes")
                        .with(user("v").roles("VIEWER")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.subject.level").value("selection"))
                .andExpect(jsonPath("$.subject.name").value("Deux communes"))
                .andExpect(jsonPath("$.subject.communeCodes.length()").value(2));
        mvc.perform(get("/api/reports/selection").param("communes", "9Z999").with(user("v").roles("VIEWER")))
                .andExpect(status().isNotFound());
    }

    @Test
    void thePageShowsTheComparisonColumnsSourcesAndDownloads() throws Exception {
        TerritoryReport report = reports.report(TerritoryLevel.EPCI, EPCI);
        mvc.perform(get("/reports/epci/" + EPCI)).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/reports/epci/" + EPCI).with(user("v").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(">Département démo Nord</th>")))
                .andExpect(content().string(containsString(">Région de démonstration</th>")))
                .andExpect(content().string(containsString("Source : Oasis, population fictive")))
                .andExpect(content().string(containsString(report.summary().get(0).replace("'", "&#39;"))))
                .andExpect(content().string(containsString("<td class=\"num subject-col\">"
                        + FrenchNumbers.format(figure(report, "share75").value(), "%") + "</td>")))
                .andExpect(content().string(containsString("/reports/epci/" + EPCI + ".pdf")))
                .andExpect(content().string(containsString("/reports/epci/" + EPCI + ".xlsx")))
                .andExpect(content().string(containsString("/reports/epci/" + EPCI + ".csv")))
                .andExpect(content().string(containsString("\"id\":\"apl-MG-histogram\"")))
                .andExpect(content().string(containsString("Aucun indicateur de revenus")))
                .andExpect(content().string(not(containsString("null"))));
        mvc.perform(get("/reports/epci/000000000").with(user("v").roles("VIEWER")))
                .andExpect(status().isNotFound()).andExpect(content().string(containsString("Rapport introuvable")));
        mvc.perform(get("/reports/canton/1").with(user("v").roles("VIEWER"))).andExpect(status().isBadRequest());
        mvc.perform(get("/reports/selection").param("communes", "9A001 9A002").with(user("v").roles("VIEWER")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Sélection de 2 communes")))
                .andExpect(content().string(containsString("/reports/selection.pdf?communes=9A001,9A002")));
        mvc.perform(get("/reports").with(user("v").roles("VIEWER"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("report-search-form")));
        mvc.perform(get("/").with(user("v").roles("VIEWER"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"nav-reports\"")));
    }

    @Test
    void thePdfNamesTheTerritoryItsReferencesAndSources() throws Exception {
        TerritoryReport report = reports.report(TerritoryLevel.EPCI, EPCI);
        mvc.perform(get("/reports/epci/" + EPCI + ".pdf")).andExpect(status().is3xxRedirection());
        byte[] pdf = mvc.perform(get("/reports/epci/" + EPCI + ".pdf").with(user("v").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains(report.subject().name());
            report.references().forEach(r -> assertThat(text).contains(r.name()));
            assertThat(text).contains("Oasis, population fictive").contains("page 1 / " + doc.getNumberOfPages());
            int images = 0;
            for (var page : doc.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    images += page.getResources().isImageXObject(name) ? 1 : 0;
                }
            }
            assertThat(images).as("map thumbnail and charts").isGreaterThanOrEqualTo(2);
        }
        mvc.perform(get("/reports/epci/000000000.pdf").with(user("v").roles("VIEWER")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theWorkbookHoldsTheNumbersOfTheApi() throws Exception {
        String json = mvc.perform(get("/api/reports/epci/" + EPCI).with(user("v").roles("VIEWER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        tools.jackson.databind.JsonNode api = new tools.jackson.databind.ObjectMapper().readTree(json);
        byte[] xlsx = mvc.perform(get("/reports/epci/" + EPCI + ".xlsx").with(user("v").roles("VIEWER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        java.util.Map<String, org.apache.poi.ss.usermodel.Row> rows = new java.util.HashMap<>();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            for (var sheet : book) {
                for (var row : sheet) {
                    var first = row.getCell(0);
                    if (first != null && first.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                        rows.putIfAbsent(first.getStringCellValue(), row);
                    }
                }
            }
            int checked = 0;
            for (var section : api.get("sections")) {
                for (var figure : section.get("figures")) {
                    var row = rows.get(figure.get("id").asString());
                    assertThat(row).as("row of %s", figure.get("id")).isNotNull();
                    assertCell(row.getCell(SectionSheet.VALUE_COLUMN), figure.get("value"));
                    for (int r = 0; r < figure.get("references").size(); r++) {
                        assertCell(row.getCell(SectionSheet.VALUE_COLUMN + 1 + r), figure.get("references").get(r));
                    }
                    checked++;
                }
            }
            assertThat(checked).isGreaterThan(20);
        }
        String csv = mvc.perform(get("/reports/epci/" + EPCI + ".csv").with(user("v").roles("VIEWER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        TerritoryReport report = reports.report(TerritoryLevel.EPCI, EPCI);
        assertThat(csv).startsWith("\uFEFF");
        report.references().forEach(r -> assertThat(csv).contains(r.name()));
        assertThat(csv).contains(";" + figure(report, "population").value().longValue() + ";");
    }

    private static void assertCell(org.apache.poi.ss.usermodel.Cell cell, tools.jackson.databind.JsonNode expected) {
        if (expected == null || expected.isNull()) {
            assertThat(cell == null || cell.getCellType() == org.apache.poi.ss.usermodel.CellType.BLANK)
                    .as("missing figure is a blank cell").isTrue();
        } else {
            assertThat(cell.getNumericCellValue()).isEqualTo(expected.asDouble());
        }
    }
}
