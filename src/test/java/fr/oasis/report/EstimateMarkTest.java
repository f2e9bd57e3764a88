package fr.oasis.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A value combined from communes (not published) reads "(estimation)" on the page and in the PDF:
 * both place the same {@link ReportDocument}.
 */
class EstimateMarkTest {
    private static TerritoryReport report() {
        TerritoryReport.Figure fedi = new TerritoryReport.Figure("fedi", "Indice de défavorisation sociale (F-EDI)",
                "indice", 4.23, Arrays.asList(3.44, 4.1), "ODU", 2021, false, ImportedSection.ESTIMATE_NOTE,
                List.of(true, false, true));
        TerritoryReport.Figure poverty = new TerritoryReport.Figure("poverty", "Taux de pauvreté", "%", null,
                Arrays.asList(14.8, null), "INSEE", 2021, false, null);
        return new TerritoryReport(new TerritoryReport.Subject("epci", "200033025", "CA de Bar-le-Duc - Sud Meuse",
                List.of("55029"), List.of("55029")),
                List.of(new TerritoryReport.Reference("Département", "departement", "55", "Meuse"),
                        new TerritoryReport.Reference("Région", "region", "44", "Grand Est")),
                List.of(new TerritoryReport.Section("households", "Ménages et précarité", List.of(fedi, poverty),
                        List.of(), List.of(), null)), List.of(), Instant.parse("2026-12-03T10:00:00Z"));
    }

    @Test
    void theDocumentMarksEstimatedValuesOnly() {
        List<ReportDocument.Row> figures = ReportPage.of(report(), null).document().themes().get(0).rows();
        assertThat(figures.get(0).value()).endsWith("(estimation)");
        assertThat(figures.get(0).references().get(0)).doesNotContain("estimation");
        assertThat(figures.get(0).references().get(1)).endsWith("(estimation)");
        assertThat(figures.get(1).value()).doesNotContain("estimation");
    }

    @Test
    void thePrintedReportMarksEstimatedValuesOnly() throws java.io.IOException {
        String text = ReportPdfTest.text(ReportPdf.render(report(), null, null));
        assertThat(text).contains("4,23 (estimation)").doesNotContain("3,44 (estimation)").contains("4,10 (estimation)"); // a unit fixes the decimals
    }
}
