package fr.oasis.report;

import fr.oasis.report.TerritoryReport.Chart;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * A report as the HTML page shows it: the {@link ReportDocument} the PDF prints (same text, same
 * numbers, same order), the charts as JSON for the page's script (ECharts), and the links around
 * it. The page adds no figure of its own, so it cannot disagree with the API, the PDF or the
 * workbook.
 *
 * @param path       the report's path without extension ("/reports/epci/200000172"); the PDF,
 *                   XLSX and CSV live at the same path plus extension, with {@code query}
 * @param query      the query string of a selection ("?communes=…&name=…"), empty otherwise
 * @param mapPath    the map centred on the subject
 * @param chartsJson the document's charts, as JSON safe inside a {@code <script>} element
 * @param zipCode    for a département, its code (the page offers the ZIP of its EPCI reports); else null
 */
record ReportPage(ReportDocument document, String levelKey, String path, String query, String mapPath,
                  String chartsJson, String zipCode) {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static ReportPage of(TerritoryReport report, byte[] locatorPng) {
        TerritoryReport.Subject s = report.subject();
        boolean selection = s.level().equals(ReportScopes.SELECTION);
        String path = selection ? "/reports/selection" : "/reports/" + s.level() + "/" + s.code();
        String query = selection ? UriComponentsBuilder.newInstance().queryParam("communes", String.join(",",
                s.communeCodes())).queryParam("name", s.name()).encode().build().toUriString() : "";
        String mapPath = selection || s.level().equals("region") ? "/map"
                : "/map?level=" + s.level() + "&sel=" + s.level() + ":" + s.code();
        ReportDocument document = ReportDocuments.of(report, locatorPng, false);
        Set<String> shown = document.themes().stream().flatMap(t -> t.charts().stream())
                .map(ReportDocument.ChartView::id).collect(Collectors.toSet());
        List<Chart> charts = report.sections().stream().flatMap(x -> x.charts().stream())
                .filter(c -> shown.contains(c.id())).toList();
        return new ReportPage(document, s.level(), path, query, mapPath, scriptJson(charts),
                s.level().equals("departement") ? s.code() : null);
    }

    /** JSON that cannot close the script element nor open a comment in it. */
    static String scriptJson(Object value) {
        return JSON.writeValueAsString(value).replace("<", "\\u003c").replace(">", "\\u003e")
                .replace("&", "\\u0026").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }
}
