package fr.oasis.report;

import fr.oasis.accessibility.AccessibilityQueries;
import fr.oasis.accessibility.AccessibilityView;
import fr.oasis.accessibility.AplVariant;
import fr.oasis.practitioner.Profession;
import fr.oasis.provenance.Provenance;
import fr.oasis.report.TerritoryReport.Chart;
import fr.oasis.report.TerritoryReport.Figure;
import fr.oasis.report.TerritoryReport.Section;
import fr.oasis.report.TerritoryReport.Series;
import fr.oasis.report.TerritoryReport.Table;
import fr.oasis.territory.TerritoryLevel;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * "Accessibilité": the stored APL of every profession and variant computed, time to the nearest
 * practitioner, shares of the population (and of the 75+) beyond 10/20/30 minutes, and how the
 * GP APL is spread over the subject's communes. Territories of a level take the accessibility
 * module's own aggregates (population-weighted means, sums); a selection is aggregated by
 * {@link AccessibilityQueries#aggregate} with the same rule. Every profession's APL, time to the
 * nearest and share beyond 20 min also form one table ({@value #PROFESSIONS_TABLE}). Notes are
 * plain French shared by many figures ({@link AccessibilityMethod}); the engine's own texts go to
 * {@link #annex()}. One instance per report, not thread-safe.
 */
final class AccessibilitySection {
    static final String ID = "accessibility";
    static final String TITLE = "Accessibilité";
    /** GP APL reference thresholds (consultations per year and inhabitant): under-served below 2.5. */
    static final double GP_UNDER_SERVED = 2.5;
    static final double GP_WELL_SERVED = 4;
    /** Id of the table with one row per profession. */
    static final String PROFESSIONS_TABLE = "accessibility-professions";
    private static final String[] MINUTES = {"10", "20", "30"};

    private final AccessibilityQueries queries;
    private final ReportScope scope;
    private final List<TerritoryReport.Annex> annex = new ArrayList<>();

    AccessibilitySection(AccessibilityQueries queries, ReportScope scope) {
        this.queries = queries;
        this.scope = scope;
    }

    Section build() {
        Map<Profession, Map<AplVariant, AccessibilityView.Run>> runs = new EnumMap<>(Profession.class);
        for (AccessibilityView.Run r : queries.runs()) {
            runs.computeIfAbsent(Profession.fromKey(r.profession()), p -> new TreeMap<>())
                    .put(AplVariant.fromKey(r.variant()), r);
        }
        if (runs.isEmpty()) {
            return new Section(ID, TITLE, List.of(), List.of(), List.of(), "Aucun indicateur d'accessibilité : "
                    + "importez des professionnels de santé (Annuaire Santé RPPS ou BPE de l'INSEE, manifeste de type "
                    + "« practitioners ») ; l'APL et les temps d'accès sont calculés après chaque import.");
        }
        List<Figure> figures = new ArrayList<>();
        List<Chart> charts = new ArrayList<>();
        List<List<Object>> rows = new ArrayList<>();
        runs.forEach((profession, variants) -> variants.forEach((variant, run) -> {
            figures.add(apl(profession, variant, run));
            annex.add(new TerritoryReport.Annex("apl." + profession.key() + "." + variant.key(),
                    AccessibilityMethod.annex(run)));
        }));
        runs.forEach((profession, variants) -> {
            AccessibilityView.Run run = variants.get(AplVariant.ALL);
            if (run != null) {
                List<Figure> travel = travel(profession, run);
                figures.addAll(travel);
                rows.add(professionRow(profession, figures, travel));
            }
        });
        Map<AplVariant, AccessibilityView.Run> gp = runs.get(Profession.MG);
        if (gp != null && gp.containsKey(AplVariant.ALL)) {
            AccessibilityView.Layer communes = queries.layer(TerritoryLevel.COMMUNE, Profession.MG, AplVariant.ALL);
            figures.add(ReportScope.figure("apl.MG.under-served", "Part de la population dans une commune où l'APL "
                    + "des médecins généralistes est inférieure à 2,5", "%",
                    scope.perColumn(c -> underServedShare(c, communes)), communes.practitioners(),
                    AccessibilityMethod.apl(gp.get(AplVariant.ALL))));
            charts.add(histogram(communes));
        }
        List<Table> tables = rows.isEmpty() ? List.of() : List.of(professionTable(runs, rows));
        return new Section(ID, TITLE, figures, charts, tables, null);
    }

    /** The engine's own description of each run, for the technical annex of the workbook. */
    List<TerritoryReport.Annex> annex() {
        return List.copyOf(annex);
    }

    /** Profession | APL (subject, references) | time to the nearest | share beyond 20 min, for the subject. */
    private List<Object> professionRow(Profession p, List<Figure> figures, List<Figure> travel) {
        Figure apl = figures.stream().filter(f -> f.id().equals("apl." + p.key() + ".all")).findFirst().orElseThrow();
        List<Object> row = new ArrayList<>();
        row.add(p.pluralLabel());
        row.add(apl.value());
        row.addAll(apl.references());
        row.add(travel.get(0).value());
        row.add(travel.stream().filter(f -> f.id().equals("beyond20." + p.key())).findFirst().map(Figure::value)
                .orElse(null));
        return row;
    }

    private Table professionTable(Map<Profession, Map<AplVariant, AccessibilityView.Run>> runs,
                                  List<List<Object>> rows) {
        List<String> columns = new ArrayList<>(List.of("Profession", "APL"));
        scope.references().forEach(r -> columns.add("APL " + r.name()));
        columns.add("Temps au plus proche (min)");
        columns.add("Part à plus de 20 min (%)");
        Profession first = runs.keySet().iterator().next();
        Provenance p = provenance(first, AplVariant.ALL);
        String units = runs.entrySet().stream().filter(e -> e.getValue().containsKey(AplVariant.ALL))
                .map(e -> e.getValue().get(AplVariant.ALL).unit() + " (" + (e.getKey() == Profession.MG
                        ? "médecins généralistes" : "autres professions") + ")").distinct()
                .collect(java.util.stream.Collectors.joining(" ; "));
        return new Table(PROFESSIONS_TABLE, "Accessibilité des " + rows.size() + " professions (tous âges) — APL en "
                + units, columns, rows, p.source(), p.millesime());
    }

    private Figure apl(Profession profession, AplVariant variant, AccessibilityView.Run run) {
        List<Double> values = scope.perColumn(c -> value(c, profession, variant).map(v -> v.apl()).orElse(null));
        return ReportScope.figure("apl." + profession.key() + "." + variant.key(), "APL "
                + lower(profession.pluralLabel()) + " (" + variant.label() + ")", run.unit(), values,
                provenance(profession, variant), AccessibilityMethod.apl(run));
    }

    /** Time to the nearest, then the shares beyond N minutes (all three thresholds and the 75+ for GPs). */
    private List<Figure> travel(Profession p, AccessibilityView.Run run) {
        Provenance provenance = provenance(p, AplVariant.ALL);
        String model = AccessibilityMethod.travel(run);
        String who = lower(p.label());
        List<Figure> figures = new ArrayList<>();
        figures.add(ReportScope.figure("nearest." + p.key(), "Temps d'accès au plus proche (" + who + ")", "min",
                scope.perColumn(c -> value(c, p, AplVariant.ALL).map(v -> v.nearestMinutes()).orElse(null)),
                provenance, model));
        for (int k = 0; k < MINUTES.length; k++) {
            if (p != Profession.MG && k != 1) {
                continue;
            }
            int t = k;
            figures.add(ReportScope.figure("beyond" + MINUTES[k] + "." + p.key(), "Part de la population à plus de "
                    + MINUTES[k] + " min (" + who + ")", "%", scope.perColumn(c -> value(c, p, AplVariant.ALL)
                    .map(v -> Column.percent(v.populationBeyond()[t], v.population())).orElse(null)), provenance, model));
            if (p == Profession.MG) {
                figures.add(ReportScope.figure("beyond" + MINUTES[k] + "." + p.key() + ".75", "Part des 75 ans et "
                        + "plus à plus de " + MINUTES[k] + " min (" + who + ")", "%", scope.perColumn(c -> value(c, p,
                        AplVariant.ALL).filter(v -> v.population75Beyond() != null)
                        .map(v -> Column.percent(v.population75Beyond()[t], c.bands()[5])).orElse(null)),
                        provenance, model));
            }
        }
        if (p == Profession.MG) {
            figures.add(ReportScope.figure("beyond20.MG.population", "Habitants à plus de 20 min (" + who + ")",
                    "hab.", scope.perColumn(c -> value(c, p, AplVariant.ALL).map(v -> v.populationBeyond()[1])
                            .orElse(null)), provenance, model));
        }
        return figures;
    }

    /** Σ population of the column's communes whose GP APL is under 2.5 / Σ population. */
    private static Double underServedShare(Column column, AccessibilityView.Layer communes) {
        double under = 0;
        double all = 0;
        for (AccessibilityView.TerritoryValue v : communes.values()) {
            if (column.communes().contains(v.code())) {
                all += v.population();
                under += v.apl() < GP_UNDER_SERVED ? v.population() : 0;
            }
        }
        return Column.percent(under, all);
    }

    private Chart histogram(AccessibilityView.Layer communes) {
        double[] counts = new double[3];
        for (AccessibilityView.TerritoryValue v : communes.values()) {
            if (scope.subjectColumn().communes().contains(v.code())) {
                counts[v.apl() < GP_UNDER_SERVED ? 0 : v.apl() < GP_WELL_SERVED ? 1 : 2]++;
            }
        }
        Provenance p = communes.practitioners();
        return new Chart("apl-MG-histogram", "histogram", "Communes selon l'APL des médecins généralistes (tous âges)",
                "communes", List.of("moins de 2,5", "de 2,5 à moins de 4", "4 et plus"),
                List.of(new Series("Communes de " + scope.subject().name(), List.of(counts[0], counts[1], counts[2]))),
                p.source(), p.millesime());
    }

    private java.util.Optional<AccessibilityView.TerritoryValue> value(Column c, Profession p, AplVariant v) {
        if (c.level() == null) {
            return queries.aggregate(c.code(), c.name(), c.communes(), p, v);
        }
        return queries.layer(c.level(), p, v).values().stream().filter(t -> t.code().equals(c.code())).findFirst();
    }

    private Provenance provenance(Profession p, AplVariant v) {
        return queries.layer(TerritoryLevel.COMMUNE, p, v).practitioners();
    }

    private static String lower(String label) {
        return label.toLowerCase(Locale.ROOT);
    }
}
