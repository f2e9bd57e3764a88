package fr.oasis.report;

import fr.oasis.territory.CommuneTable;
import fr.oasis.indicator.IndicatorView;
import fr.oasis.provenance.Provenance;
import fr.oasis.report.TerritoryReport.Chart;
import fr.oasis.report.TerritoryReport.Figure;
import fr.oasis.report.TerritoryReport.Section;
import fr.oasis.report.TerritoryReport.Series;
import fr.oasis.territory.AgeBands;
import java.util.ArrayList;
import java.util.List;

/**
 * "Structure par âge": the share of each census band, and of the 60+ and 75+, as Σ band / Σ
 * population over the communes the census covers (the same rule as the catalogue's
 * {@code share60}/{@code share75}). Stateless.
 */
final class AgeSection {
    static final String ID = "ages";
    static final String TITLE = "Structure par âge";

    private AgeSection() {
    }

    static Section build(ReportScope scope, CommuneTable table) {
        return build(scope, table, null);
    }

    /**
     * @param published the imported published share of 75+ ({@code share75rp}) at every millésime,
     *                  or null: used for {@code share75} when no census age bands are imported
     */
    static Section build(ReportScope scope, CommuneTable table, List<IndicatorView.AreaFigures> published) {
        Provenance p = table.censusProvenance();
        Column subject = scope.subjectColumn();
        if (p == null && published != null && !published.isEmpty()) {
            return publishedShare75(published.get(published.size() - 1));
        }
        if (p == null || subject.censusCovered() == 0) {
            return new Section(ID, TITLE, List.of(), List.of(), List.of(), (p == null
                    ? "Aucune population par âge n'est importée"
                    : "Le recensement importé ne couvre aucune commune de ce territoire")
                    + " : importez le recensement de l'INSEE (population par tranche d'âge, manifeste de type "
                    + "« population-by-age »).");
        }
        String note = subject.censusCovered() < subject.communes().size()
                ? "Recensement disponible pour " + subject.censusCovered() + " communes sur " + subject.communes().size()
                : null;
        List<Figure> figures = new ArrayList<>();
        List<Series> series = new ArrayList<>();
        List<List<Double>> shares = new ArrayList<>();
        for (int band = 0; band < AgeBands.COUNT; band++) {
            int b = band;
            List<Double> values = scope.perColumn(c -> Column.percent(c.bands()[b], c.bandsFrom(0)));
            shares.add(values);
            if (band < AgeBands.COUNT - 1) { // the 75+ band is share75 below
                figures.add(ReportScope.figure("ages." + AgeBands.LABELS.get(band), "Part des " + label(band), "%",
                        values, p, note));
            }
        }
        figures.add(ReportScope.figure("share60", "Part des 60 ans et plus", "%",
                scope.perColumn(c -> Column.percent(c.bandsFrom(4), c.bandsFrom(0))), p, note));
        figures.add(ReportScope.figure("share75", "Part des 75 ans et plus", "%",
                scope.perColumn(c -> Column.percent(c.bandsFrom(5), c.bandsFrom(0))), p, note));
        for (int k = 0; k < scope.columns().size(); k++) {
            int column = k;
            series.add(new Series(scope.columns().get(k).name(), shares.stream().map(s -> s.get(column)).toList()));
        }
        List<String> categories = AgeBands.LABELS.stream().map(AgeSection::bandLabel).toList();
        Chart chart = new Chart("age-bands", "bar", "Part de chaque tranche d'âge dans la population", "%", categories,
                series, p.source(), p.millesime());
        return new Section(ID, TITLE, figures, List.of(chart), List.of(), null);
    }

    /**
     * Without age bands, the share of 75+ as the census publishes it for communes and départements;
     * other territories get the population-weighted mean of their communes, flagged as estimates.
     */
    private static Section publishedShare75(IndicatorView.AreaFigures latest) {
        String note = "Part publiée par le recensement pour les communes et les départements ; les tranches d'âge"
                + " par commune ne sont pas importées."
                + (latest.anyEstimated() ? " " + ImportedSection.ESTIMATE_NOTE : "");
        Figure share75 = ReportScope.figure("share75", "Part des 75 ans et plus", "%", latest.values(),
                DemographySection.provenance(latest), note, latest.estimated());
        return new Section(ID, TITLE, List.of(share75), List.of(), List.of(), null);
    }

    /** "0-14" → "0-14 ans", "75+" → "75 ans et plus". */
    static String bandLabel(String band) {
        return band.endsWith("+") ? band.substring(0, band.length() - 1) + " ans et plus" : band + " ans";
    }

    private static String label(int band) {
        return bandLabel(AgeBands.LABELS.get(band));
    }
}
