package fr.oasis.report;

import fr.oasis.practitioner.PractitionerVintageView;
import fr.oasis.practitioner.Profession;
import fr.oasis.provenance.Provenance;
import fr.oasis.report.TerritoryReport.Chart;
import fr.oasis.report.TerritoryReport.Figure;
import fr.oasis.report.TerritoryReport.Section;
import fr.oasis.report.TerritoryReport.Series;
import fr.oasis.report.TerritoryReport.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "Professionnels de santé libéraux": per profession, counts by age class, density per 10,000
 * inhabitants (Σ practitioners / Σ population) and share aged 60+ among those whose age is known,
 * for the subject and its references. Stateless.
 */
final class PractitionerSection {
    static final String ID = "practitioners";
    static final String TITLE = "Professionnels de santé libéraux";
    private static final int KNOWN = PractitionerCounts.UNKNOWN;

    private PractitionerSection() {
    }

    static Section build(ReportScope scope, Optional<PractitionerCounts> counts, List<PractitionerCounts> vintages) {
        if (counts.isEmpty() || counts.get().professions().isEmpty()) {
            return new Section(ID, TITLE, List.of(), List.of(), List.of(), "Aucun professionnel de santé n'est "
                    + "importé : importez l'Annuaire Santé (RPPS) ou la BPE de l'INSEE (manifeste de type "
                    + "« practitioners »).");
        }
        PractitionerVintageView vintage = counts.get().vintage();
        Provenance p = vintage.provenance();
        List<long[][]> sums = scope.columns().stream().map(c -> counts.get().sum(c.communes())).toList();
        List<Figure> figures = new ArrayList<>();
        List<List<Object>> rows = new ArrayList<>();
        List<String> categories = new ArrayList<>();
        List<List<Double>> densities = new ArrayList<>();
        for (Profession profession : counts.get().professions()) {
            int i = profession.ordinal();
            List<Double> count = new ArrayList<>();
            List<Double> density = new ArrayList<>();
            List<Double> share60 = new ArrayList<>();
            for (int k = 0; k < scope.columns().size(); k++) {
                long[] classes = sums.get(k)[i];
                long total = total(classes, classes.length);
                count.add((double) total);
                double population = scope.columns().get(k).population();
                density.add(population > 0 ? 10_000.0 * total / population : null);
                share60.add(Column.percent(classes[PractitionerCounts.SIXTY_PLUS], total(classes, KNOWN)));
            }
            String key = "practitioners." + profession.key();
            String label = profession.pluralLabel();
            String pharmacies = profession == Profession.PHARMA && vintage.countBased()
                    ? "La BPE compte des pharmacies, pas des pharmaciens." : null;
            figures.add(ReportScope.figure(key + ".count", label + " (effectif)", "professionnels", count, p, pharmacies));
            figures.add(ReportScope.figure(key + ".density", label + " pour 10 000 habitants", "pour 10 000 hab.",
                    density, p, "Effectif rapporté à la population totale"));
            figures.add(ReportScope.figure(key + ".share60", label + " : part des 60 ans et plus", "%", share60, p,
                    ageNote(vintage, sums.get(0)[i])));
            rows.add(row(profession, sums, share60));
            categories.add(label);
            densities.add(density);
        }
        List<Chart> charts = new ArrayList<>();
        charts.add(new Chart("practitioners-density", "bar", "Professionnels pour 10 000 habitants", "pour 10 000 hab.",
                categories, series(scope, densities), p.source(), p.millesime()));
        ageChart(scope, sums, p).ifPresent(charts::add);
        Table table = new Table("practitioners-by-age", "Professionnels libéraux par classe d'âge"
                + (vintage.countBased() ? " (BPE : âges non disponibles)" : ""), columns(scope), rows, p.source(),
                p.millesime());
        List<Table> tables = new ArrayList<>(List.of(table));
        PractitionerVintageTable.build(scope, vintages).ifPresent(tables::add);
        return new Section(ID, TITLE, figures, charts, List.copyOf(tables), null);
    }

    private static String ageNote(PractitionerVintageView vintage, long[] subject) {
        long unknown = subject[PractitionerCounts.UNKNOWN];
        if (vintage.countBased()) {
            return "La BPE compte des équipements : l'âge des professionnels n'y figure pas.";
        }
        long known = total(subject, KNOWN);
        if (unknown == 0) {
            return null;
        }
        return known == 0 ? "Âge inconnu pour les " + unknown + " professionnels du territoire."
                : "Part parmi les " + known + " professionnels dont l'âge est connu ; âge inconnu pour " + unknown + ".";
    }

    private static List<String> columns(ReportScope scope) {
        List<String> columns = new ArrayList<>(List.of("Profession"));
        columns.addAll(PractitionerCounts.AGE_CLASSES);
        columns.add("Total");
        columns.add("Part des 60 ans et plus (%)");
        scope.references().forEach(r -> columns.add(r.name() + " (%)"));
        return columns;
    }

    private static List<Object> row(Profession profession, List<long[][]> sums, List<Double> share60) {
        List<Object> row = new ArrayList<>();
        row.add(profession.pluralLabel());
        long[] subject = sums.get(0)[profession.ordinal()];
        for (long n : subject) {
            row.add(n);
        }
        row.add(total(subject, subject.length));
        row.addAll(share60);
        return row;
    }

    /** Share of each known age class among all practitioners of known age, every profession together. */
    private static Optional<Chart> ageChart(ReportScope scope, List<long[][]> sums, Provenance p) {
        List<Series> series = new ArrayList<>();
        boolean anyKnown = false;
        for (int k = 0; k < sums.size(); k++) {
            long[][] column = sums.get(k);
            long[] classes = new long[KNOWN];
            for (long[] profession : column) {
                for (int a = 0; a < KNOWN; a++) {
                    classes[a] += profession[a];
                }
            }
            long known = total(classes, KNOWN);
            anyKnown |= known > 0;
            List<Double> values = new ArrayList<>();
            for (long n : classes) {
                values.add(Column.percent(n, known));
            }
            series.add(new Series(scope.columns().get(k).name(), values));
        }
        if (!anyKnown) {
            return Optional.empty();
        }
        return Optional.of(new Chart("practitioners-age", "bar", "Âge des professionnels (toutes professions, âge "
                + "connu)", "%", PractitionerCounts.AGE_CLASSES.subList(0, KNOWN), series, p.source(),
                p.millesime()));
    }

    /** One series per column from values given per category: {@code byCategory.get(category).get(column)}. */
    private static List<Series> series(ReportScope scope, List<List<Double>> byCategory) {
        List<Series> series = new ArrayList<>();
        for (int k = 0; k < scope.columns().size(); k++) {
            int column = k;
            series.add(new Series(scope.columns().get(k).name(), byCategory.stream().map(v -> v.get(column)).toList()));
        }
        return series;
    }

    private static long total(long[] classes, int upTo) {
        long sum = 0;
        for (int a = 0; a < upTo; a++) {
            sum += classes[a];
        }
        return sum;
    }
}
