package fr.oasis.report;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * What the print template shows, already in French and formatted: the template only places
 * text (escaped by Thymeleaf) and images (PNG data URIs), so no number formatting or rule lives
 * in markup. Built from a {@link TerritoryReport}; chart images are drawn here.
 *
 * @param mapImage        PNG data URI of the map thumbnail, or null
 * @param valueWidth      CSS width of each value column, so that the table fits any number of references
 */
record ReportPrintView(String name, String levelLabel, String identity, String date, String mapImage,
                       List<String> summary, List<String> referenceHeaders, String valueWidth, boolean demo,
                       List<SectionView> sections, List<String> sources) {

    record SectionView(String title, String emptyMessage, List<FigureRow> figures, List<ChartView> charts,
                       List<TableView> tables) {
    }

    /** A figure row: numbers alone in the value columns, the unit once after the label. */
    record FigureRow(String label, String unit, String note, String value, List<String> references, String source) {
    }

    record ChartView(String title, String image) {
    }

    record TableView(String title, List<String> columns, List<List<Cell>> rows, String source) {
    }

    /** A table cell as text; numbers are right-aligned. */
    record Cell(String text, boolean number) {
    }

    static ReportPrintView of(TerritoryReport report, byte[] mapPng) {
        TerritoryReport.Subject subject = report.subject();
        List<String> headers = report.references().stream().map(TerritoryReport.Reference::name).toList();
        List<SectionView> sections = new ArrayList<>();
        boolean demo = false;
        for (TerritoryReport.Section s : report.sections()) {
            List<FigureRow> figures = new ArrayList<>();
            for (TerritoryReport.Figure f : s.figures()) {
                demo |= f.demo();
                figures.add(figure(f, headers.size()));
            }
            List<ChartView> charts = s.charts().stream()
                    .map(c -> new ChartView(c.title(), dataUri(ReportChartImage.png(c)))).toList();
            List<TableView> tables = s.tables().stream().map(ReportPrintView::table).toList();
            sections.add(new SectionView(s.title(), s.emptyMessage(), figures, charts, tables));
        }
        List<String> sources = ReportSources.of(report).stream()
                .map(l -> l.text() + (l.demo() ? " (données de démonstration)" : "")).toList();
        String valueWidth = String.format(Locale.ROOT, "%.1f%%", 46.0 / (1 + headers.size()));
        return new ReportPrintView(subject.name(), ReportLabels.level(subject.level()),
                identity(subject), ReportLabels.longDate(report.generatedAt()),
                mapPng == null ? null : dataUri(mapPng), report.summary(), headers, valueWidth, demo,
                sections, sources);
    }

    private static FigureRow figure(TerritoryReport.Figure f, int referenceCount) {
        List<String> references = new ArrayList<>(referenceCount);
        for (int i = 0; i < referenceCount; i++) {
            Double v = f.references() != null && i < f.references().size() ? f.references().get(i) : null;
            references.add(ReportNumbers.format(v) + (f.estimatedAt(i + 1) ? " (estimation)" : ""));
        }
        String source = ReportSources.label(f.source(), f.millesime()) + (f.demo() ? " (démo)" : "");
        String unit = f.unit() == null || f.unit().isBlank() ? null : "(" + f.unit() + ")";
        return new FigureRow(f.label(), unit, f.note(),
                ReportNumbers.format(f.value()) + (f.estimatedAt(0) ? " (estimation)" : ""), references, source);
    }

    private static TableView table(TerritoryReport.Table t) {
        List<List<Cell>> rows = new ArrayList<>();
        for (List<Object> row : t.rows()) {
            List<Cell> cells = new ArrayList<>(row.size());
            for (Object value : row) {
                cells.add(value instanceof Number n ? new Cell(ReportNumbers.format(n), true)
                        : new Cell(value == null ? ReportNumbers.MISSING : value.toString(), value == null));
            }
            rows.add(cells);
        }
        return new TableView(t.title(), t.columns(), rows, "Source : " + ReportSources.label(t.source(), t.millesime()));
    }

    private static String identity(TerritoryReport.Subject subject) {
        int communes = subject.communeCodes() == null ? 0 : subject.communeCodes().size();
        String count = communes + (communes > 1 ? " communes" : " commune");
        return switch (subject.level()) {
            case "commune" -> "Code INSEE " + subject.code();
            case "epci" -> "SIREN " + subject.code() + " · " + count;
            case "selection" -> count;
            default -> "Code " + subject.code() + " · " + count;
        };
    }

    private static String dataUri(byte[] png) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
    }
}
