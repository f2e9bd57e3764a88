package fr.oasis.report.compare;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/**
 * What the comparison page prints: the {@link Comparison} with its numbers written the French
 * way. Digits follow the magnitude (0 from 1,000, 1 from 10, otherwise 2), enough to tell APLs
 * of 2.43 and 2.47 apart without printing populations to the cent. Missing is "—".
 */
record ComparisonPage(List<Comparison.Territory> territories, List<Comparison.Reference> references, List<Row> rows,
                      boolean demo, String rankingNote) {

    /** One indicator line. */
    record Row(String key, String label, String unit, String directionLabel, String provenance, List<Cell> cells,
               List<String> references) {
    }

    /**
     * @param css   "best", "worst", "missing" or "" for the cell's class
     * @param badge French marker of the highlight (colour is not the only cue), or null
     */
    record Cell(String value, String rank, String css, String badge) {
    }

    static ComparisonPage of(Comparison c) {
        List<Row> rows = c.rows().stream().map(r -> new Row(r.key(), r.label(), r.unit(), r.directionLabel(),
                provenance(r),
                r.cells().stream().map(ComparisonPage::cell).toList(),
                r.references().stream().map(ComparisonPage::number).toList())).toList();
        return new ComparisonPage(c.territories(), c.references(), rows, c.rows().stream().anyMatch(Comparison.Row::demo),
                c.rankingNote());
    }

    /** "Source : …, millésime …", saying demonstration data unless the source already does. */
    private static String provenance(Comparison.Row r) {
        boolean said = r.source() != null && r.source().contains("démonstration");
        return "Source : " + r.source() + ", millésime " + r.millesime()
                + (r.demo() && !said ? " — données de démonstration" : "");
    }

    private static Cell cell(Comparison.Cell cell) {
        if (cell.value() == null) {
            return new Cell(number(null), "non classé", "missing", null);
        }
        String highlight = cell.highlight() == null ? "" : cell.highlight();
        String badge = switch (highlight) {
            case "best" -> "la plus favorable";
            case "worst" -> "la moins favorable";
            default -> null;
        };
        return new Cell(number(cell.value()), cell.rankLabel(), highlight, badge);
    }

    static String number(Double value) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            return "—";
        }
        double abs = Math.abs(value);
        NumberFormat format = NumberFormat.getNumberInstance(Locale.FRANCE);
        format.setMaximumFractionDigits(abs >= 1000 ? 0 : abs >= 10 ? 1 : 2);
        return format.format(value);
    }
}
