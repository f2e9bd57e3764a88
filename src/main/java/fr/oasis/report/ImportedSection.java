package fr.oasis.report;

import fr.oasis.indicator.IndicatorCatalogue;
import fr.oasis.indicator.IndicatorView;
import fr.oasis.report.TerritoryReport.Figure;
import fr.oasis.report.TerritoryReport.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A section made of imported indicators picked by id (the latest millésime of each): "Ménages et
 * précarité" and "Recours aux soins et prévention". Expected ids that were never imported are
 * shown as missing once another of the section's ids is present; a section none of whose ids
 * was imported says how to import them. Immutable.
 *
 * @param expected ids shown even when missing (id → French label and unit), in display order
 * @param prefixes further ids taken when imported (e.g. {@code screen} for screening rates)
 */
record ImportedSection(String id, String title, Map<String, Expected> expected, List<String> prefixes,
                       String emptyMessage) {

    static final ImportedSection HOUSEHOLDS = new ImportedSection("households", "Ménages et précarité",
            orderedMap("households", "Nombre de ménages fiscaux", "ménages",
                    "income", "Revenu disponible médian par UC", "€",
                    "poverty", "Taux de pauvreté", "%",
                    "unemployment", "Taux de chômage", "%"),
            List.of("singleparent", "fedi"),
            "Aucun indicateur de revenus ni de précarité n'est importé : importez INSEE Filosofi (fichiers DISP, "
                    + "indicateurs « households » et « income ») ou un CSV long des indicateurs « poverty » et "
                    + "« unemployment » (manifeste de type « indicators »).");

    static final ImportedSection CARE = new ImportedSection("care", "Recours aux soins et prévention",
            orderedMap("nomt", "Part des patients sans médecin traitant", "%",
                    "ald", "Part des personnes en affection de longue durée (ALD)", "%",
                    "mortality", "Taux brut de mortalité", "‰"),
            List.of("screen", "mortality064", "lifewomen", "lifemen"),
            "Aucun indicateur de recours aux soins ni de prévention n'est importé : importez un CSV long des "
                    + "indicateurs « nomt » (patients sans médecin traitant), « ald », « mortality » ou des taux "
                    + "de dépistage (identifiants commençant par « screen ») (manifeste de type « indicators »).");

    static final List<ImportedSection> ALL = List.of(HOUSEHOLDS, CARE);

    /** Whether the report wants this imported indicator at all. */
    static boolean wanted(String indicatorId) {
        return indicatorId.equals(DemographySection.SERIES_ID) || indicatorId.equals(IndicatorCatalogue.PUBLISHED_SHARE75)
                || ALL.stream().anyMatch(s -> s.takes(indicatorId));
    }

    boolean takes(String indicatorId) {
        return expected.containsKey(indicatorId) || prefixes.stream().anyMatch(indicatorId::startsWith);
    }

    Section build(ReportScope scope, Map<String, List<IndicatorView.AreaFigures>> imported) {
        List<String> ids = new ArrayList<>(expected.keySet());
        imported.keySet().stream().filter(i -> !expected.containsKey(i) && takes(i)).sorted().forEach(ids::add);
        if (ids.stream().noneMatch(imported::containsKey)) {
            return new Section(id, title, List.of(), List.of(), List.of(), emptyMessage);
        }
        List<Figure> figures = new ArrayList<>();
        for (String indicator : ids) {
            List<IndicatorView.AreaFigures> years = imported.get(indicator);
            if (years == null) {
                Expected e = expected.get(indicator);
                figures.add(ReportScope.figure(indicator, e.label(), e.unit(), scope.perColumn(c -> null), null,
                        "Non importé : ajoutez l'indicateur « " + indicator + " » (CSV long, manifeste de type "
                                + "« indicators »)."));
                continue;
            }
            IndicatorView.AreaFigures latest = years.get(years.size() - 1);
            IndicatorView.Definition d = latest.definition();
            figures.add(ReportScope.figure(indicator, d.label(), d.unit(), latest.values(),
                    DemographySection.provenance(latest), note(latest), latest.estimated()));
        }
        return new Section(id, title, figures, List.of(), List.of(), null);
    }

    /**
     * Why a value is missing (a median or a rate without published numerator is never combined;
     * anything else lacks a published part), and whether some are estimates.
     */
    static String note(IndicatorView.AreaFigures figures) {
        String estimate = figures.anyEstimated() ? ESTIMATE_NOTE : null;
        if (figures.values().stream().noneMatch(java.util.Objects::isNull)) {
            return estimate;
        }
        String missing = figures.aggregation().equals("NONE")
                ? "Valeur manquante : non publiée pour ce territoire ou couverte par le secret statistique ; une "
                + "médiane, ou un taux publié sans numérateur, ne se calcule pas à partir des territoires qui le "
                + "composent."
                : "Valeur manquante : non publiée ou couverte par le secret statistique pour au moins une commune "
                + "(jamais remplacée par 0).";
        return estimate == null ? missing : missing + " " + estimate;
    }

    /** What a value marked "(estimation)" is. */
    static final String ESTIMATE_NOTE = "Les valeurs marquées « estimation » ne sont pas publiées pour ce territoire :"
            + " c'est la moyenne des valeurs de ses communes (ou départements) pondérée par leur population.";

    /** How an expected indicator is labelled while it has not been imported. */
    record Expected(String label, String unit) {
    }

    private static Map<String, Expected> orderedMap(String... idLabelUnit) {
        Map<String, Expected> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < idLabelUnit.length; i += 3) {
            map.put(idLabelUnit[i], new Expected(idLabelUnit[i + 1], idLabelUnit[i + 2]));
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
