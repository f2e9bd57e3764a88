package fr.oasis.report;

import fr.oasis.territory.CommuneTable;
import fr.oasis.indicator.IndicatorView;
import fr.oasis.provenance.Provenance;
import fr.oasis.report.TerritoryReport.Chart;
import fr.oasis.report.TerritoryReport.Figure;
import fr.oasis.report.TerritoryReport.Section;
import fr.oasis.report.TerritoryReport.Series;
import java.util.ArrayList;
import java.util.List;

/**
 * "Démographie": population, area, density and number of communes (sums over the communes), and
 * the evolution of the population when a population series (imported indicator
 * {@value #SERIES_ID} over at least two millésimes) exists. Stateless.
 */
final class DemographySection {
    static final String SERIES_ID = "population";

    private DemographySection() {
    }

    static Section build(ReportScope scope, CommuneTable table, List<IndicatorView.AreaFigures> series) {
        Provenance p = table.territoryProvenance();
        List<Figure> figures = new ArrayList<>();
        figures.add(ReportScope.figure("population", "Population municipale", "hab.",
                scope.perColumn(Column::population), p, "Somme des populations des communes"));
        figures.add(ReportScope.figure("area", "Superficie", "km²", scope.perColumn(Column::areaKm2), p,
                "Somme des superficies des communes (Lambert-93)"));
        figures.add(ReportScope.figure("density", "Densité de population", "hab./km²",
                scope.perColumn(c -> c.areaKm2() > 0 ? c.population() / c.areaKm2() : null), p,
                "Population totale rapportée à la superficie totale"));
        figures.add(ReportScope.figure("communes", "Nombre de communes", "communes",
                scope.perColumn(c -> (double) c.communes().size()), p, null));
        List<Chart> charts = new ArrayList<>();
        List<IndicatorView.AreaFigures> years = series == null ? List.of() : series;
        if (years.size() < 2) {
            figures.add(ReportScope.figure("population-growth", "Évolution annuelle moyenne de la population", "%/an",
                    scope.perColumn(c -> null), null, "Évolution non disponible : importez une série de populations "
                            + "(indicateur « " + SERIES_ID + " » sur au moins deux millésimes, au format CSV long)."));
        } else {
            IndicatorView.AreaFigures first = years.get(0);
            IndicatorView.AreaFigures last = years.get(years.size() - 1);
            int span = last.definition().millesime() - first.definition().millesime();
            List<Double> growth = new ArrayList<>();
            for (int k = 0; k < scope.columns().size(); k++) {
                growth.add(annualGrowth(first.values().get(k), last.values().get(k), span));
            }
            figures.add(ReportScope.figure("population-growth", "Évolution annuelle moyenne de la population", "%/an",
                    growth, provenance(last), "Taux annuel moyen entre " + first.definition().millesime() + " et "
                            + last.definition().millesime() + " (" + last.definition().label() + ")"));
            charts.add(indexChart(scope, years));
        }
        return new Section("demography", "Démographie", figures, charts, List.of(), null);
    }

    /** Mean yearly growth in % between two populations {@code years} apart; null when one is missing. */
    static Double annualGrowth(Double from, Double to, int years) {
        if (from == null || to == null || from <= 0 || years <= 0) {
            return null;
        }
        return 100 * (Math.pow(to / from, 1.0 / years) - 1);
    }

    /** Each column's population as an index (first millésime = 100), so that sizes compare. */
    private static Chart indexChart(ReportScope scope, List<IndicatorView.AreaFigures> years) {
        List<String> categories = years.stream().map(y -> String.valueOf(y.definition().millesime())).toList();
        List<Series> series = new ArrayList<>();
        for (int k = 0; k < scope.columns().size(); k++) {
            Double base = years.get(0).values().get(k);
            List<Double> index = new ArrayList<>();
            for (IndicatorView.AreaFigures y : years) {
                Double v = y.values().get(k);
                index.add(base == null || base <= 0 || v == null ? null : 100 * v / base);
            }
            series.add(new Series(scope.columns().get(k).name(), index));
        }
        IndicatorView.Definition last = years.get(years.size() - 1).definition();
        return new Chart("population-index", "bar", "Évolution de la population (base 100 en " + categories.get(0) + ")",
                "indice", categories, series, last.source(), last.millesime());
    }

    static Provenance provenance(IndicatorView.AreaFigures figures) {
        IndicatorView.Definition d = figures.definition();
        return new Provenance(d.source(), d.millesime(), d.demo());
    }
}
