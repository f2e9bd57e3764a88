package fr.oasis.indicator;

import fr.oasis.web.FrenchCsv;
import java.util.ArrayList;
import java.util.List;

/** A filter result as a CSV for French spreadsheets ({@link FrenchCsv}), with its sources on the last line. */
final class FilterCsv {
    private FilterCsv() {
    }

    static byte[] write(IndicatorView.FilterResult result, String source) {
        FrenchCsv csv = new FrenchCsv();
        List<Object> header = new ArrayList<>(List.of("code", "nom", "population"));
        result.conditions().forEach(c -> header.add(c.label()));
        csv.row(header);
        for (IndicatorView.Match m : result.matches()) {
            List<Object> line = new ArrayList<>(java.util.Arrays.asList(m.code(), m.name(), m.population()));
            result.conditions().forEach(c -> line.add(m.values().get(c.expression())));
            csv.row(line);
        }
        return csv.row("Source : " + source).toBytes();
    }

    static String sources(List<IndicatorView.Definition> definitions) {
        return String.join(" ; ", definitions.stream().filter(d -> d.source() != null)
                .map(d -> d.source() + " (" + d.millesime() + ")").distinct().toList());
    }
}
