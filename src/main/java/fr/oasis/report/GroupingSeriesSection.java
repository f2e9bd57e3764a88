package fr.oasis.report;

import fr.oasis.indicator.IndicatorCatalogue;
import fr.oasis.indicator.IndicatorView;
import fr.oasis.report.TerritoryReport.Chart;
import fr.oasis.report.TerritoryReport.Figure;
import fr.oasis.report.TerritoryReport.Section;
import fr.oasis.report.TerritoryReport.Series;
import fr.oasis.territory.TerritoryLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "Évolutions publiées pour ce territoire": for a grouping of communes (TVS, CPTS...), every
 * imported indicator published at its level over at least two millésimes (the CartoSanté GP
 * density per TVS, 2009-2021), drawn as one bar per millésime with its source, and the latest
 * value as a figure. Only published values: nothing is estimated from the communes here.
 * Stateless.
 */
final class GroupingSeriesSection {
    private GroupingSeriesSection() {
    }

    static Optional<Section> build(IndicatorCatalogue catalogue, TerritoryLevel level, String code, int references) {
        if (level == null || !level.grouping()) {
            return Optional.empty();
        }
        List<Chart> charts = new ArrayList<>();
        List<Figure> figures = new ArrayList<>();
        for (IndicatorView.Definition d : catalogue.definitions()) {
            if (IndicatorCatalogue.BUILT_IN_IDS.contains(d.id()) || !d.parameters().isEmpty()) {
                continue;
            }
            IndicatorView.Series s;
            try {
                s = catalogue.series(d.id(), level, code);
            } catch (IllegalArgumentException | java.util.NoSuchElementException e) {
                continue;
            }
            List<IndicatorView.SeriesPoint> known = s.points().stream().filter(p -> p.value() != null).toList();
            if (known.size() < 2) {
                continue;
            }
            IndicatorView.SeriesPoint last = known.get(known.size() - 1);
            charts.add(new Chart("series-" + d.id(), "bar", s.label() + " (" + known.get(0).millesime() + "-"
                    + last.millesime() + ")", s.unit(), known.stream().map(p -> String.valueOf(p.millesime())).toList(),
                    List.of(new Series(s.name(), known.stream().map(IndicatorView.SeriesPoint::value).toList())),
                    last.source(), last.millesime()));
            // Published for this level only: the département and région columns stay empty.
            figures.add(new Figure(d.id(), s.label() + " " + last.millesime(), s.unit(), last.value(),
                    java.util.Collections.nCopies(references, null), last.source(), last.millesime(), false,
                    "Valeur publiée pour ce territoire (non recalculée)", null));
        }
        return charts.isEmpty() ? Optional.empty() : Optional.of(new Section("grouping-series",
                "Évolutions publiées pour ce territoire", figures, charts, List.of(), null));
    }
}
