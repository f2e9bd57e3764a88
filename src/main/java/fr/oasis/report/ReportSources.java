package fr.oasis.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The distinct sources a report cites (figures, charts and tables), each with its millésime,
 * in order of first appearance, with the sections that use it and whether it is demonstration
 * data. The "Sources" page of the PDF and the "Sources" sheet of the workbook are this list.
 */
final class ReportSources {
    private ReportSources() {
    }

    /** One cited source and millésime. */
    record Line(String source, Integer millesime, boolean demo, List<String> sections) {
        /** "INSEE, RP, millésime 2021" (or "source non précisée"). */
        String text() {
            return label(source, millesime);
        }
    }

    /** "INSEE, RP, millésime 2021"; a missing source or year is said, not hidden. */
    static String label(String source, Integer millesime) {
        String s = source == null || source.isBlank() ? "source non précisée" : source;
        return millesime == null ? s + ", millésime non précisé" : s + ", millésime " + millesime;
    }

    static List<Line> of(TerritoryReport report) {
        Map<List<Object>, Line> lines = new LinkedHashMap<>();
        for (TerritoryReport.Section section : report.sections()) {
            for (TerritoryReport.Figure f : section.figures()) {
                add(lines, f.source(), f.millesime(), f.demo(), section.title());
            }
            for (TerritoryReport.Chart c : section.charts()) {
                add(lines, c.source(), c.millesime(), false, section.title());
            }
            for (TerritoryReport.Table t : section.tables()) {
                add(lines, t.source(), t.millesime(), false, section.title());
            }
        }
        return lines.values().stream()
                .map(l -> new Line(l.source(), l.millesime(), l.demo(), List.copyOf(l.sections()))).toList();
    }

    private static void add(Map<List<Object>, Line> lines, String source, Integer millesime, boolean demo,
                            String section) {
        if (source == null) { // a figure never imported cites nothing; its note says so
            return;
        }
        List<Object> key = Arrays.asList(source, millesime);
        Line line = lines.get(key);
        if (line == null) {
            line = new Line(source, millesime, demo, new ArrayList<>());
            lines.put(key, line);
        } else if (demo && !line.demo()) {
            line = new Line(source, millesime, true, line.sections());
            lines.put(key, line);
        }
        if (!line.sections().contains(section)) {
            line.sections().add(Objects.requireNonNullElse(section, ""));
        }
    }
}
