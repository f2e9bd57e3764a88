package fr.oasis.report;

import fr.oasis.provenance.Provenance;
import fr.oasis.report.TerritoryReport.Chart;
import fr.oasis.report.TerritoryReport.Figure;
import fr.oasis.report.TerritoryReport.Section;
import fr.oasis.report.TerritoryReport.Table;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * A {@link TerritoryReport} as the HTML page shows it: numbers already written the French way,
 * captions composed, the charts as JSON for the page's script. The page adds no figure of its
 * own, so it cannot disagree with the API, the PDF or the workbook.
 *
 * @param path       the report's path without extension ("/reports/epci/200000172"); the PDF,
 *                   XLSX and CSV live at the same path plus extension, with {@code query}
 * @param query      the query string of a selection ("?communes=…&name=…"), empty otherwise
 * @param mapPath    the map centred on the subject
 * @param chartsJson every chart of the report, as JSON safe inside a {@code <script>} element
 */
record ReportPage(TerritoryReport report, String levelLabel, String path, String query, String mapPath,
                  List<PageSection> sections, String chartsJson, boolean demo, String generatedAt) {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH'h'mm", Locale.FRANCE)
            .withZone(ZoneId.of("Europe/Paris"));

    /**
     * A section: either {@code emptyMessage} or its figures, charts and tables. Notes are listed
     * once under the table (many figures share one) and called by number from their rows.
     *
     * @param commonCaption the source of every figure of the section when they share one (shown
     *                      once under the table instead of a source column), else null
     */
    record PageSection(String id, String title, String emptyMessage, List<PageFigure> figures, List<String> notes,
                       String commonCaption, List<PageChart> charts, List<PageTable> tables) {
    }

    /**
     * One row of a section's comparison table: numbers without their unit, which the label cell
     * shows once.
     *
     * @param note 1-based number of the row's note in {@link PageSection#notes()}, or null
     */
    record PageFigure(String id, String label, String unit, String value, List<String> references, Integer note,
                      String caption) {
    }

    record PageChart(String id, String title, String caption) {
    }

    record PageTable(String id, String title, List<String> columns, List<List<String>> rows, String caption) {
    }

    static ReportPage of(TerritoryReport report) {
        TerritoryReport.Subject s = report.subject();
        boolean selection = s.level().equals(ReportScopes.SELECTION);
        String path = selection ? "/reports/selection" : "/reports/" + s.level() + "/" + s.code();
        String query = selection ? UriComponentsBuilder.newInstance().queryParam("communes", String.join(",",
                s.communeCodes())).queryParam("name", s.name()).encode().build().toUriString() : "";
        String mapPath = selection || s.level().equals("region") ? "/map"
                : "/map?level=" + s.level() + "&sel=" + s.level() + ":" + s.code();
        List<PageSection> sections = report.sections().stream().map(ReportPage::section).toList();
        boolean demo = report.sections().stream().flatMap(x -> x.figures().stream()).anyMatch(Figure::demo);
        List<Chart> charts = report.sections().stream().flatMap(x -> x.charts().stream()).toList();
        return new ReportPage(report, levelLabel(s.level()), path, query, mapPath, sections, scriptJson(charts), demo,
                WHEN.format(report.generatedAt()));
    }

    static String levelLabel(String level) {
        return switch (level) {
            case "commune" -> "Commune";
            case "epci" -> "Intercommunalité (EPCI)";
            case "departement" -> "Département";
            case "region" -> "Région";
            default -> "Sélection de communes";
        };
    }

    private static PageSection section(Section s) {
        List<String> notes = s.figures().stream().map(Figure::note).filter(java.util.Objects::nonNull).distinct()
                .toList();
        List<PageFigure> figures = s.figures().stream().map(f -> new PageFigure(f.id(), f.label(), f.unit(),
                estimate(FrenchNumbers.format(f.value(), f.unit()), f, 0),
                java.util.stream.IntStream.range(0, f.references().size())
                        .mapToObj(k -> estimate(FrenchNumbers.format(f.references().get(k), f.unit()), f, k + 1)).toList(),
                f.note() == null ? null : notes.indexOf(f.note()) + 1,
                caption(f.source(), f.millesime(), f.demo()))).toList();
        List<PageChart> charts = s.charts().stream().map(c -> new PageChart(c.id(), c.title(),
                caption(c.source(), c.millesime(), false))).toList();
        List<PageTable> tables = s.tables().stream().map(ReportPage::table).toList();
        // Figures never imported have no source (their note says so); the others may share one.
        List<String> captions = s.figures().stream().filter(f -> f.source() != null)
                .map(f -> caption(f.source(), f.millesime(), f.demo())).distinct().toList();
        String common = captions.size() == 1 ? captions.get(0) : null;
        return new PageSection(s.id(), s.title(), s.emptyMessage(), figures, notes, common, charts, tables);
    }

    /** A value that was combined from communes rather than published says so. */
    private static String estimate(String text, Figure f, int column) {
        return f.estimatedAt(column) ? text + " (estimation)" : text;
    }

    private static PageTable table(Table t) {
        List<List<String>> rows = new ArrayList<>();
        for (List<Object> row : t.rows()) {
            rows.add(row.stream().map(ReportPage::cell).toList());
        }
        return new PageTable(t.id(), t.title(), t.columns(), rows, caption(t.source(), t.millesime(), false));
    }

    private static String cell(Object value) {
        if (value == null) {
            return "—";
        }
        if (value instanceof Long || value instanceof Integer) {
            return FrenchNumbers.format(((Number) value).doubleValue(), "professionnels");
        }
        return value instanceof Number n ? FrenchNumbers.format(n.doubleValue(), "") : value.toString();
    }

    static String caption(String source, Integer millesime, boolean demo) {
        if (source == null || millesime == null) {
            return "Source : donnée non disponible";
        }
        return new Provenance(source, millesime, demo).caption();
    }

    /** JSON that cannot close the script element nor open a comment in it. */
    static String scriptJson(Object value) {
        return JSON.writeValueAsString(value).replace("<", "\\u003c").replace(">", "\\u003e")
                .replace("&", "\\u0026").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }
}
