package fr.oasis.indicator;

import fr.oasis.export.SpreadsheetCsv;
import java.util.List;

/**
 * A filter result as a CSV that French spreadsheets open as is (see {@link SpreadsheetCsv}):
 * one row per retained territory, one column per condition, the sources on the last line.
 */
final class FilterCsv {
    private FilterCsv() {
    }

    static byte[] write(IndicatorView.FilterResult result, String source) {
        SpreadsheetCsv csv = new SpreadsheetCsv().text("code").text("nom").text("population");
        for (IndicatorView.Condition c : result.conditions()) {
            csv.text(c.label());
        }
        csv.endRow();
        for (IndicatorView.Match m : result.matches()) {
            csv.text(m.code()).text(m.name()).number(m.population());
            for (IndicatorView.Condition c : result.conditions()) {
                csv.value(m.values().get(c.expression()));
            }
            csv.endRow();
        }
        return csv.text("Source : " + source).endRow().toBytes();
    }

    static String sources(List<IndicatorView.Definition> definitions) {
        return String.join(" ; ", definitions.stream().filter(d -> d.source() != null)
                .map(d -> d.source() + " (" + d.millesime() + ")").distinct().toList());
    }
}
