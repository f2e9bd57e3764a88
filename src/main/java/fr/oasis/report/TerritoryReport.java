package fr.oasis.report;

import java.time.Instant;
import java.util.List;

/**
 * A territorial identity report: every figure of one territory (or a custom set of communes) with
 * its references, source and millésime, in the order it is shown. The HTML page, the PDF, the
 * XLSX workbook, the CSV and the JSON API are all views of this one value, so they cannot
 * disagree. Missing figures are {@code null}, never 0.
 *
 * @param subject     what the report is about
 * @param references  the territories every figure is compared with (usually the département and
 *                    the région), in column order
 * @param sections    in display order; a section without data is kept, with {@link Section#emptyMessage()}
 * @param summary     short French sentences on what stands out against the references
 * @param generatedAt when the report was built
 * @param annex       technical annex: the engine's own description of each computation (travel-time
 *                    model, parameters), in English, for specialists; the workbook carries it, the
 *                    page and the PDF do not
 */
public record TerritoryReport(Subject subject, List<Reference> references, List<Section> sections,
                              List<String> summary, Instant generatedAt, List<Annex> annex) {

    /** A report without technical annex. */
    public TerritoryReport(Subject subject, List<Reference> references, List<Section> sections, List<String> summary,
                           Instant generatedAt) {
        this(subject, references, sections, summary, generatedAt, List.of());
    }

    /** One line of the technical annex: what it describes (e.g. {@code apl.MG.all}) and the text. */
    public record Annex(String key, String text) {
    }

    /**
     * @param level       commune, epci, departement, or "selection" for a custom set of communes
     * @param code        territory code (for a selection, a stable key of its commune codes)
     * @param name        French name
     * @param communeCodes the communes the figures are computed over
     * @param mapCodes     the territories drawn on the map thumbnail (the commune contours)
     */
    public record Subject(String level, String code, String name, List<String> communeCodes, List<String> mapCodes) {
    }

    /** A comparison territory: a column in every table ("Département", "Grand Est"). */
    public record Reference(String role, String level, String code, String name) {
    }

    /**
     * One section ("Démographie", "Structure par âge"...).
     *
     * @param id           stable key (demography, ages, households, care, accessibility, practitioners)
     * @param title        French title
     * @param figures      single values with their references
     * @param charts       charts drawn from the same numbers (ECharts on the page, images in the PDF)
     * @param tables       tables (practitioners by profession and age class...)
     * @param emptyMessage null when the section has data; otherwise why it is empty, in French
     */
    public record Section(String id, String title, List<Figure> figures, List<Chart> charts, List<Table> tables,
                          String emptyMessage) {
    }

    /**
     * One figure and its references.
     *
     * @param id          stable key, unique in the report (the XLSX/CSV/API key)
     * @param label       French label
     * @param unit        unit as shown ("%", "hab.", "min", "€"...)
     * @param value       the subject's value, null when missing or secret
     * @param references  one value per {@link TerritoryReport#references()} entry, same order, null when missing
     * @param source      source label (publisher, dataset)
     * @param millesime   year of the data
     * @param demo        true for demonstration data
     * @param note        optional French note (how it is computed, why it is missing), or null
     * @param estimated   per column (subject first, then each reference), whether the value is an
     *                    estimate (combined from communes, not published), to be said on screen;
     *                    empty when none is
     */
    public record Figure(String id, String label, String unit, Double value, List<Double> references, String source,
                         Integer millesime, boolean demo, String note, List<Boolean> estimated) {
        public Figure {
            estimated = estimated == null || !estimated.contains(Boolean.TRUE) ? List.of() : List.copyOf(estimated);
        }

        /** A figure no value of which is an estimate. */
        public Figure(String id, String label, String unit, Double value, List<Double> references, String source,
                      Integer millesime, boolean demo, String note) {
            this(id, label, unit, value, references, source, millesime, demo, note, List.of());
        }

        /** Whether the value of column {@code column} (0 = subject, 1 = first reference...) is an estimate. */
        public boolean estimatedAt(int column) {
            return column < estimated.size() && estimated.get(column);
        }
    }

    /**
     * A chart: categories on one axis, one or more series. Kinds: {@code bar} (grouped bars),
     * {@code pyramid} (two series drawn left/right: men/women or subject/reference shares),
     * {@code histogram} (categories are value classes, series counts of communes).
     */
    public record Chart(String id, String kind, String title, String unit, List<String> categories,
                        List<Series> series, String source, Integer millesime) {
    }

    /** A named series of a chart, one value (null when missing) per category. */
    public record Series(String name, List<Double> values) {
    }

    /** A table; cells are String, Number or null (missing). */
    public record Table(String id, String title, List<String> columns, List<List<Object>> rows, String source,
                        Integer millesime) {
    }
}
