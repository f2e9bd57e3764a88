package fr.oasis.report;

import fr.oasis.report.ReportDocument.Cell;
import fr.oasis.report.ReportDocument.ChartView;
import fr.oasis.report.ReportDocument.GapBar;
import fr.oasis.report.ReportDocument.Row;
import fr.oasis.report.ReportDocument.TableView;
import fr.oasis.report.ReportDocument.Theme;
import fr.oasis.report.TerritoryReport.Figure;
import fr.oasis.report.TerritoryReport.Section;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Builds the {@link ReportDocument} of a report. The rules a reader sees:
 * <ul>
 *   <li>a theme's compact table shows its headline figures: every figure, except in
 *       "Accessibilité" (the GP figures; every profession is in the one-row-per-profession table)
 *       and "Professionnels" (densities; counts and ages are in the table by age class);</li>
 *   <li>counts and areas have no gap (they grow with size); the gap is measured against the first reference with a non-zero value (the département,
 *       else the région): in points for rates ("%", "%/an"), in % of the reference otherwise; its
 *       bar is clipped at ±50 %;</li>
 *   <li>a note is written once, numbered in order of first use, and called by number;</li>
 *   <li>the accessibility and practitioner themes start a new printed page, as does the method.</li>
 * </ul>
 * Stateless.
 */
final class ReportDocuments {
    /** A relative gap this large fills half the gap bar. */
    static final double BAR_FULL_SCALE = 0.5;
    private static final Map<String, Predicate<String>> HEADLINE = Map.of(
            AccessibilitySection.ID, id -> id.contains(".MG"),
            PractitionerSection.ID, id -> id.endsWith(".density"));
    /** Units of counts and areas: they grow with the territory's size, so a gap to a larger one means nothing. */
    private static final java.util.Set<String> EXTENSIVE = java.util.Set.of("hab.", "km²", "communes", "ménages",
            "professionnels", "pers.");
    /** Per theme, labels shortened where the table header already says what is repeated. */
    private static final Map<String, java.util.function.UnaryOperator<String>> SHORT_LABEL = Map.of(
            AccessibilitySection.ID, l -> l.replace(" (médecin généraliste)", "").replace("APL médecins généralistes",
                    "APL"),
            PractitionerSection.ID, l -> l.replace(" pour 10 000 habitants", ""));
    private static final Map<String, String> ROWS_HEADER = Map.of(
            AccessibilitySection.ID, "Médecins généralistes",
            PractitionerSection.ID, "Professionnels pour 10 000 habitants");
    /** Charts whose numbers the compact table already draws with their gaps. */
    private static final java.util.Set<String> REDUNDANT_CHARTS = java.util.Set.of("practitioners-density");
    private static final java.util.Set<String> NEW_PAGE = java.util.Set.of(AccessibilitySection.ID,
            PractitionerSection.ID);

    private ReportDocuments() {
    }

    /**
     * @param mapPng     the locator map as PNG, or null
     * @param withImages whether charts are drawn as PNG (the PDF) or left to the page's script
     */
    static ReportDocument of(TerritoryReport report, byte[] mapPng, boolean withImages) {
        TerritoryReport.Subject subject = report.subject();
        Map<String, Figure> figures = new HashMap<>();
        report.sections().forEach(s -> s.figures().forEach(f -> figures.put(f.id(), f)));
        Notes notes = new Notes();
        List<Theme> themes = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Section s : report.sections()) {
            themes.add(theme(s, report.references(), notes, withImages));
            if (s.emptyMessage() != null) {
                missing.add(s.title() + " : " + s.emptyMessage());
            }
        }
        // Notes of figures kept out of the compact tables (other professions' APL...) are explained too.
        report.sections().forEach(s -> s.figures().stream().map(Figure::note).filter(Objects::nonNull)
                .forEach(notes::number));
        List<String> sources = ReportSources.of(report).stream()
                .map(l -> l.text() + (l.demo() ? " (données de démonstration)" : "")).toList();
        boolean demo = report.sections().stream().flatMap(x -> x.figures().stream()).anyMatch(Figure::demo);
        String gapReference = report.references().isEmpty() ? null
                : report.references().get(0).level().equals("region") ? "Écart à la région" : "Écart au département";
        return new ReportDocument(subject.name(), ReportLabels.level(subject.level()), identity(subject),
                ReportLabels.longDate(report.generatedAt()), demo, mapPng == null ? null : dataUri(mapPng),
                report.references().stream().map(TerritoryReport.Reference::name).toList(), gapReference,
                KeyFigures.tiles(figures, report.references()), report.summary(), themes, notes.list(), sources,
                missing);
    }

    private static Theme theme(Section s, List<TerritoryReport.Reference> references, Notes notes,
                               boolean withImages) {
        Predicate<String> headline = HEADLINE.getOrDefault(s.id(), id -> true);
        List<Figure> shown = s.figures().stream().filter(f -> headline.test(f.id())).toList();
        List<String> captions = shown.stream().filter(f -> f.source() != null)
                .map(f -> caption(f.source(), f.millesime(), f.demo())).distinct().toList();
        String common = captions.size() == 1 ? captions.get(0) : null;
        java.util.function.UnaryOperator<String> label = SHORT_LABEL.getOrDefault(s.id(), x -> x);
        List<Row> rows = shown.stream().map(f -> row(f, label, references, notes, common == null)).toList();
        List<ChartView> charts = s.charts().stream().filter(c -> !REDUNDANT_CHARTS.contains(c.id())).map(c -> new ChartView(c.id(), c.title(),
                caption(c.source(), c.millesime(), false), withImages ? dataUri(ReportChartImage.png(c)) : null))
                .toList();
        List<TableView> tables = s.tables().stream().map(ReportDocuments::table).toList();
        String empty = s.emptyMessage() == null ? null
                : "Pas de donnée importée pour ce thème : voir « Ce qui manque » en fin de document.";
        return new Theme(s.id(), s.title(), ROWS_HEADER.getOrDefault(s.id(), "Indicateur"), empty, rows, common, charts,
                tables, NEW_PAGE.contains(s.id()));
    }

    private static Row row(Figure f, java.util.function.UnaryOperator<String> label,
                           List<TerritoryReport.Reference> references, Notes notes, boolean ownSource) {
        List<String> refs = new ArrayList<>();
        for (int k = 0; k < references.size(); k++) {
            refs.add(estimate(FrenchNumbers.format(k < f.references().size() ? f.references().get(k) : null, f.unit()),
                    f, k + 1));
        }
        String gap = FrenchNumbers.MISSING;
        GapBar bar = null;
        var found = EXTENSIVE.contains(f.unit()) ? java.util.Optional.<SummaryWriter.Gap>empty()
                : SummaryWriter.gap(f, references);
        if (found.isPresent()) {
            double relative = found.get().relative();
            gap = rate(f.unit()) ? FrenchNumbers.signed(f.value() - found.get().referenceValue(), "pts") + " pt"
                    : FrenchNumbers.signed((double) Math.round(relative * 100), "hab.") + " %";
            double width = Math.min(Math.abs(relative), BAR_FULL_SCALE) / BAR_FULL_SCALE * 50;
            bar = new GapBar(percent(relative < 0 ? 50 - width : 50), percent(width), relative > 0);
        }
        String unit = f.unit() == null || f.unit().isBlank() || !label.apply(f.label()).equals(f.label()) && f.unit()
                .startsWith("pour ") ? null : f.unit();
        String source = ownSource ? caption(f.source(), f.millesime(), f.demo()) : null;
        return new Row(f.id(), label.apply(f.label()), unit, estimate(FrenchNumbers.format(f.value(), f.unit()), f, 0),
                refs, gap, bar,
                f.note() == null ? null : Integer.toString(notes.number(f.note())), source);
    }

    /** A value combined from communes rather than published says so on screen and on paper. */
    private static String estimate(String text, Figure f, int column) {
        return f.estimatedAt(column) ? text + " (estimation)" : text;
    }

    private static boolean rate(String unit) {
        return "%".equals(unit) || "%/an".equals(unit);
    }

    private static TableView table(TerritoryReport.Table t) {
        List<String> units = t.columns().stream().map(ReportDocuments::columnUnit).toList();
        List<List<Cell>> rows = new ArrayList<>();
        for (List<Object> row : t.rows()) {
            List<Cell> cells = new ArrayList<>(row.size());
            for (int c = 0; c < row.size(); c++) {
                Object value = row.get(c);
                String unit = c < units.size() ? units.get(c) : null;
                cells.add(value instanceof Number n ? new Cell(unit == null || n instanceof Long
                        ? FrenchNumbers.format(n) : FrenchNumbers.format(n.doubleValue(), unit), true)
                        : new Cell(value == null ? FrenchNumbers.MISSING : value.toString(), value == null));
            }
            rows.add(cells);
        }
        return new TableView(t.id(), t.title(), t.columns(), rows, caption(t.source(), t.millesime(), false));
    }

    /** "%" for a column headed "Part … (%)", "min" for "… (min)", else null (numbers by magnitude). */
    private static String columnUnit(String header) {
        return header.contains("(%)") ? "%" : header.contains("(min)") ? "min" : null;
    }

    /** "Source : INSEE, RP, millésime 2021", said as missing when it is. */
    static String caption(String source, Integer millesime, boolean demo) {
        if (source == null) {
            return "Source : donnée non disponible";
        }
        return "Source : " + ReportSources.label(source, millesime) + (demo ? " (données de démonstration)" : "");
    }

    static String identity(TerritoryReport.Subject subject) {
        int communes = subject.communeCodes() == null ? 0 : subject.communeCodes().size();
        String count = communes + (communes > 1 ? " communes" : " commune");
        return switch (subject.level()) {
            case "commune" -> "Code INSEE " + subject.code();
            case "epci" -> "SIREN " + subject.code() + " · " + count;
            case "selection" -> count;
            default -> "Code " + subject.code() + " · " + count;
        };
    }

    private static String percent(double value) {
        return String.format(Locale.ROOT, "%.1f%%", value);
    }

    static String dataUri(byte[] png) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
    }

    /** The document's notes, each once, numbered in order of first use. Not thread-safe. */
    private static final class Notes {
        private final Map<String, Integer> numbers = new LinkedHashMap<>();

        int number(String note) {
            return numbers.computeIfAbsent(Objects.requireNonNull(note), n -> numbers.size() + 1);
        }

        List<String> list() {
            return List.copyOf(numbers.keySet());
        }
    }
}
