package fr.oasis.report;

import fr.oasis.practitioner.Profession;
import fr.oasis.report.TerritoryReport.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "Professionnels libéraux par millésime": the subject's practitioners per profession in each of
 * the most recent stored vintages (oldest millésime first), with the change between the first and
 * the last, in number and in %. Only when two vintages or more are stored. Every column names its
 * millésime and the table's source names each vintage's source. Counts are practice sites, as in
 * the table by age class. Stateless.
 */
final class PractitionerVintageTable {
    static final String ID = "practitioners-by-vintage";
    /** At most this many vintages side by side (the page and the A4 PDF stay readable). */
    static final int MAX_VINTAGES = 4;

    private PractitionerVintageTable() {
    }

    /** @param vintages counts of the recent vintages, in any order */
    static Optional<Table> build(ReportScope scope, List<PractitionerCounts> vintages) {
        if (vintages.size() < 2) {
            return Optional.empty();
        }
        List<PractitionerCounts> ordered = vintages.stream()
                .sorted(Comparator.comparingInt((PractitionerCounts c) -> c.vintage().vintage())
                        .thenComparingLong(c -> c.vintage().id())).toList();
        Set<Profession> professions = EnumSet.noneOf(Profession.class);
        ordered.forEach(c -> professions.addAll(c.professions()));
        List<long[][]> sums = ordered.stream().map(c -> c.sum(scope.columns().get(0).communes())).toList();
        int first = ordered.get(0).vintage().vintage();
        int last = ordered.get(ordered.size() - 1).vintage().vintage();
        List<String> columns = new ArrayList<>(List.of("Profession"));
        ordered.forEach(c -> columns.add("Effectif " + c.vintage().vintage()));
        columns.add("Évolution " + first + "-" + last);
        columns.add("Évolution " + first + "-" + last + " (%)");
        List<List<Object>> rows = new ArrayList<>();
        for (Profession p : professions) {
            List<Object> row = new ArrayList<>();
            row.add(p.pluralLabel());
            long[] totals = new long[ordered.size()];
            for (int k = 0; k < ordered.size(); k++) {
                boolean present = ordered.get(k).professions().contains(p);
                totals[k] = total(sums.get(k)[p.ordinal()]);
                // A profession absent from a vintage's source was not counted there: missing, not 0.
                row.add(present ? (Object) totals[k] : null);
            }
            boolean both = ordered.get(0).professions().contains(p)
                    && ordered.get(ordered.size() - 1).professions().contains(p);
            long change = totals[totals.length - 1] - totals[0];
            row.add(both ? (Object) change : null);
            row.add(both && totals[0] > 0 ? (Object) (100.0 * change / totals[0]) : null);
            rows.add(row);
        }
        return Optional.of(new Table(ID, title(scope, ordered), columns, rows, source(ordered), last));
    }

    /**
     * One source when every vintage has the same (the columns carry the millésimes), else each
     * earlier source with its millésime, then the latest (its millésime is the table's).
     */
    static String source(List<PractitionerCounts> ordered) {
        Set<String> labels = new LinkedHashSet<>();
        ordered.forEach(c -> labels.add(c.vintage().sourceLabel()));
        if (labels.size() == 1) {
            return labels.iterator().next();
        }
        List<String> parts = new ArrayList<>();
        for (int k = 0; k < ordered.size(); k++) {
            parts.add(ordered.get(k).vintage().sourceLabel()
                    + (k < ordered.size() - 1 ? " (millésime " + ordered.get(k).vintage().vintage() + ")" : ""));
        }
        return String.join(" ; ", parts);
    }

    private static String title(ReportScope scope, List<PractitionerCounts> ordered) {
        String title = "Professionnels libéraux par millésime (" + scope.columns().get(0).name() + ")"
                + (ordered.stream().anyMatch(c -> c.vintage().countBased())
                ? " ; BPE : pharmacies et équipements comptés, pas des personnes" : "");
        return title;
    }

    private static long total(long[] classes) {
        long sum = 0;
        for (long n : classes) {
            sum += n;
        }
        return sum;
    }
}
