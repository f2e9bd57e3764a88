package fr.oasis.report;

import java.util.List;

/**
 * A {@link TerritoryReport} as a reader gets it, in French and already formatted, for both the
 * HTML page and the PDF (they place the same text, so they cannot disagree): page one (name,
 * level, locator map, key-figure tiles, "En bref"), one theme per report section (a compact
 * table with the gap to the references, charts, tables), then "Méthode et sources" (every note
 * once, numbered; sources with millésime; what is missing and why). Numbers go through
 * {@link FrenchNumbers} only. Built by {@link ReportDocuments}; immutable.
 *
 * @param identity       "SIREN 200067000 · 25 communes"
 * @param mapImage       PNG data URI of the locator map (the territory in its département), or null
 * @param referenceNames the references' names, in column order
 * @param gapReference   the gap column's header ("Écart au département"), null without references
 * @param findings       "En bref": sentences ranked by how far the figures stand from the references
 * @param notes          every note of the document once, called by number (1-based) from the rows
 * @param sources        every source with its millésime, once
 * @param missing        what is missing and why (sections without data, with how to fill them)
 */
record ReportDocument(String name, String levelLabel, String identity, String date, boolean demo, String mapImage,
                      List<String> referenceNames, String gapReference, List<Tile> tiles, List<String> findings,
                      List<Theme> themes, List<String> notes, List<String> sources, List<String> missing) {

    /** A key figure of page one: "APL médecins généralistes", "2,87", "zone sous-dotée…". */
    record Tile(String label, String value, String detail, String source) {
    }

    /**
     * One theme (a report section).
     *
     * @param rowsHeader the header of the label column ("Indicateur", "Médecins généralistes")
     * @param empty    null when the theme has data; otherwise a short French sentence (the how-to is in
     *                 {@link ReportDocument#missing()})
     * @param caption  the source shared by every row, shown once under the table; null when rows differ
     * @param newPage  whether the theme starts a new page in print
     */
    record Theme(String id, String title, String rowsHeader, String empty, List<Row> rows, String caption, List<ChartView> charts,
                 List<TableView> tables, boolean newPage) {
    }

    /**
     * A row of a theme's compact table.
     *
     * @param unit   shown once after the label, or null
     * @param gap    "+2,3 pts", "-12 %" against {@link ReportDocument#gapReference()}, or "—"
     * @param bar    the gap as a small bar, null when there is no gap
     * @param notes  "1" or "2, 5": the numbers of its notes, or null
     * @param source its own source caption when the theme's rows do not share one, else null
     */
    record Row(String id, String label, String unit, String value, List<String> references, String gap, GapBar bar,
               String notes, String source) {
    }

    /**
     * A gap drawn on a track whose middle is "equal to the reference": {@code left} and {@code width}
     * in % of the track, the relative gap clipped at ±50 %.
     *
     * @param above true when the territory's value is above the reference
     */
    record GapBar(String left, String width, boolean above) {
    }

    /** A chart: the page draws it from JSON by {@code id}, the PDF shows {@code image} (PNG data URI, else null). */
    record ChartView(String id, String title, String caption, String image) {
    }

    record TableView(String id, String title, List<String> columns, List<List<Cell>> rows, String caption) {
    }

    /** A table cell as text; numbers are right-aligned. */
    record Cell(String text, boolean number) {
    }
}
