package fr.oasis.report.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A comparison as one flat table, the common shape of the CSV and the XLSX exports: per
 * indicator its key, label, unit and favourable direction, then per territory its value and its
 * rank, then the reference values, the source and the millésime. Cells are String, Number or null
 * (missing).
 *
 * @param note the ranking explanation, written under the table
 */
record ComparisonTable(List<String> header, List<List<Object>> rows, String note) {

    static ComparisonTable of(Comparison comparison) {
        List<String> header = new ArrayList<>(List.of("Identifiant", "Indicateur", "Unité", "Sens favorable"));
        for (Comparison.Territory t : comparison.territories()) {
            header.add(t.name() + " (" + t.code() + ")");
            header.add("Rang " + t.name());
        }
        comparison.references().forEach(r -> header.add(r.name() + " (région)"));
        header.addAll(List.of("Source", "Millésime"));
        List<List<Object>> rows = new ArrayList<>();
        for (Comparison.Row row : comparison.rows()) {
            List<Object> line = new ArrayList<>(Arrays.asList(row.key(), row.label(), row.unit(), row.directionLabel()));
            for (Comparison.Cell cell : row.cells()) {
                line.add(cell.value());
                line.add(cell.rankLabel());
            }
            line.addAll(row.references());
            line.add(row.demo() ? row.source() + " (données de démonstration)" : row.source());
            line.add(row.millesime());
            rows.add(line);
        }
        return new ComparisonTable(List.copyOf(header), rows, comparison.rankingNote());
    }
}
