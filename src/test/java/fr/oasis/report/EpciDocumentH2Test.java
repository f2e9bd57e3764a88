package fr.oasis.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.oasis.demo.DemoLoader;
import fr.oasis.practitioner.Profession;
import fr.oasis.support.UsesH2;
import fr.oasis.territory.TerritoryLevel;
import fr.oasis.territory.TerritoryQueries;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The EPCI report as a mayor reads it, on the demonstration territory (18 professions, census,
 * practitioners with ages): 6 to 10 A4 pages, the page-one tiles, one accessibility row per
 * profession, every note once on the "Méthode et sources" page, and no engine internals. The
 * PDF is left in {@code target/report-samples/demo-epci.pdf} to be looked at.
 */
@UsesH2
@SpringBootTest
@AutoConfigureMockMvc
class EpciDocumentH2Test {
    /** What only the engine's own texts say: node counts, speed tiers, parameter dumps, signatures. */
    static final Pattern INTERNALS = Pattern.compile("\\b(nodes|edges|tiers?|km/h:detour|crow-fly|haversine|SHA(-256)?|access leg"
            + "|demand =|age-standardised|parameters|steps \\d|FTE|catchment|Dijkstra|undirected|signature)\\b",
            Pattern.CASE_INSENSITIVE);
    @Autowired
    DemoLoader demo;
    @Autowired
    TerritoryQueries territories;
    @Autowired
    fr.oasis.practitioner.PractitionerQueries practitioners;
    @Autowired
    org.springframework.context.ApplicationEventPublisher events;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    ReportService reports;
    @Autowired
    MockMvc mvc;

    @BeforeEach
    void demonstrationData() {
        DemoData.ensure(demo, territories, practitioners, events, jdbc);
    }

    private byte[] pdf() throws Exception {
        byte[] pdf = mvc.perform(get("/reports/epci/" + ReportDemoContract.EPCI + ".pdf").with(user("v").roles("VIEWER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        Files.createDirectories(Path.of("target/report-samples"));
        Files.write(Path.of("target/report-samples/demo-epci.pdf"), pdf);
        return pdf;
    }

    @Test
    void anEpciPdfIsSixToTenPagesWithTheMethodOnceAtTheEnd() throws Exception {
        byte[] pdf = pdf();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isBetween(6, 10);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(doc.getNumberOfPages());
            String last = stripper.getText(doc);
            assertThat(last).contains("Méthode et sources", "Notes", "Sources");
        }
        String text = ReportPdfTest.text(pdf);
        assertThat(occurrences(text, "Méthode et sources")).as("the method page, named once").isEqualTo(1);
        assertThat(text).contains("Portrait de territoire", "En bref", "Population", "Part des 75 ans et plus",
                "APL médecins généralistes", "Temps d'accès au généraliste le plus proche",
                "Habitants à plus de 20 min d'un généraliste", "Écart au département");
    }

    @Test
    void noEngineInternalsAndEveryNoteOnce() throws Exception {
        String text = ReportPdfTest.text(pdf());
        Matcher internals = INTERNALS.matcher(text);
        assertThat(internals.find()).as("engine internals in the PDF: %s", internals.find(0) ? internals.group() : "")
                .isFalse();
        String method = text.substring(text.indexOf("Méthode et sources"));
        assertThat(method).contains("Temps de trajet", "APL (accessibilité potentielle localisée");
        // The travel-time explanation was once repeated under each of ~60 rows: now it is written once.
        assertThat(occurrences(text, "Temps de trajet")).isEqualTo(1);
        TerritoryReport report = reports.report(TerritoryLevel.EPCI, ReportDemoContract.EPCI);
        ReportDocument document = ReportDocuments.of(report, null, false);
        assertThat(document.notes()).doesNotHaveDuplicates();
        for (String note : document.notes()) {
            assertThat(occurrences(text, note.replaceAll("\\s+", " "))).as(note).isEqualTo(1);
        }
    }

    @Test
    void accessibilityOfTheEighteenProfessionsIsOneTable() throws Exception {
        TerritoryReport report = reports.report(TerritoryLevel.EPCI, ReportDemoContract.EPCI);
        TerritoryReport.Table table = ReportTinyContract.section(report, "accessibility").tables().stream()
                .filter(t -> t.id().equals(AccessibilitySection.PROFESSIONS_TABLE)).findFirst().orElseThrow();
        assertThat(table.rows()).hasSize(Profession.values().length).hasSize(18);
        assertThat(table.columns()).containsExactly("Profession", "APL", "APL " + report.references().get(0).name(),
                "APL " + report.references().get(1).name(), "Temps au plus proche (min)", "Part à plus de 20 min (%)");
        assertThat(table.rows()).allSatisfy(row -> assertThat(row.get(1)).isInstanceOf(Double.class));
        String text = ReportPdfTest.text(pdf());
        for (Profession p : Profession.values()) {
            assertThat(text).contains(p.pluralLabel());
        }
        // One row per profession, not one row per figure with its own note.
        assertThat(occurrences(text, "APL chirurgiens-dentistes")).isZero();
    }

    @Test
    void theHtmlPageFollowsTheSameDocument() throws Exception {
        String html = mvc.perform(get("/reports/epci/" + ReportDemoContract.EPCI).with(user("v").roles("VIEWER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        TerritoryReport report = reports.report(TerritoryLevel.EPCI, ReportDemoContract.EPCI);
        ReportDocument document = ReportDocuments.of(report, null, false);
        assertThat(html).contains("id=\"key-figures\"", "id=\"method\"", "id=\"table-accessibility-professions\"",
                "data:image/png;base64,");
        for (ReportDocument.Tile tile : document.tiles()) {
            assertThat(html).contains(tile.value());
        }
        assertThat(occurrences(html, "class=\"note-text\"")).isEqualTo(document.notes().size());
        assertThat(INTERNALS.matcher(html.replaceAll("<script[^>]*>.*?</script>", "")).find()).isFalse();
    }

    static int occurrences(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
