package fr.oasis.indicator;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A filter result as a CSV that French spreadsheets open as is: UTF-8 with a byte-order mark,
 * semicolons, decimal commas, every text quoted, and cells that a spreadsheet would take for a
 * formula (= + - @) neutralised.
 */
final class FilterCsv {
    private FilterCsv() {
    }

    static byte[] write(IndicatorView.FilterResult result, String source) {
        StringBuilder sb = new StringBuilder("\uFEFF");
        sb.append(text("code")).append(';').append(text("nom")).append(';').append(text("population"));
        for (IndicatorView.Condition c : result.conditions()) {
            sb.append(';').append(text(c.label()));
        }
        sb.append("\r\n");
        for (IndicatorView.Match m : result.matches()) {
            sb.append(text(m.code())).append(';').append(text(m.name())).append(';')
                    .append(m.population() == null ? "" : m.population());
            for (IndicatorView.Condition c : result.conditions()) {
                sb.append(';').append(cell(m.values().get(c.expression())));
            }
            sb.append("\r\n");
        }
        sb.append(text("Source : " + source)).append("\r\n");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Boolean b) {
            return b ? "oui" : "non";
        }
        return String.valueOf(value).replace('.', ',');
    }

    static String text(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return '"' + v.replace("\"", "\"\"") + '"';
    }

    static String sources(List<IndicatorView.Definition> definitions) {
        return String.join(" ; ", definitions.stream().filter(d -> d.source() != null)
                .map(d -> d.source() + " (" + d.millesime() + ")").distinct().toList());
    }
}
