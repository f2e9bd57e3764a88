package fr.oasis.report;

import fr.oasis.report.TerritoryReport.Figure;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The key-figure tiles of page one, from the report's own figures by id: population and its
 * trend, share of the 75+, GP APL with its class, time to the nearest GP, inhabitants beyond
 * 20 min of a GP, median standard of living. A figure the report does not hold gives no tile; one
 * it holds without a value shows "—" and why. Stateless.
 */
final class KeyFigures {
    private KeyFigures() {
    }

    static List<ReportDocument.Tile> tiles(Map<String, Figure> figures, List<TerritoryReport.Reference> references) {
        List<ReportDocument.Tile> tiles = new ArrayList<>();
        Figure population = figures.get("population");
        if (population != null) {
            Figure growth = figures.get("population-growth");
            String trend = growth == null || growth.value() == null ? "Évolution non disponible"
                    : "Évolution : " + FrenchNumbers.signed(growth.value(), growth.unit()) + " % par an"
                    + period(growth.note());
            tiles.add(tile("Population", FrenchNumbers.withUnit(population.value(), "hab."), trend, population));
        }
        Figure share75 = figures.get("share75");
        if (share75 != null) {
            tiles.add(tile("Part des 75 ans et plus", FrenchNumbers.withUnit(share75.value(), "%"),
                    reference(share75, references), share75));
        }
        Figure apl = figures.get("apl.MG.all");
        if (apl != null) {
            tiles.add(tile("APL médecins généralistes", FrenchNumbers.format(apl.value(), apl.unit()),
                    aplClass(apl.value()) + " · " + apl.unit(), apl));
        }
        Figure nearest = figures.get("nearest.MG");
        if (nearest != null) {
            tiles.add(tile("Temps d'accès au généraliste le plus proche", FrenchNumbers.withUnit(nearest.value(), "min"),
                    "moyenne des habitants ; " + reference(nearest, references), nearest));
        }
        Figure beyond = figures.get("beyond20.MG.population");
        if (beyond != null) {
            Figure share = figures.get("beyond20.MG");
            tiles.add(tile("Habitants à plus de 20 min d'un généraliste", FrenchNumbers.withUnit(beyond.value(), "hab."),
                    share == null || share.value() == null ? "" : FrenchNumbers.withUnit(share.value(), "%")
                            + " de la population", beyond));
        }
        Figure income = figures.get("income");
        if (income != null) {
            tiles.add(tile("Niveau de vie médian", FrenchNumbers.withUnit(income.value(), "€"),
                    income.value() == null ? "non disponible (voir la méthode)" : "par an ; " + reference(income,
                            references), income));
        }
        return tiles;
    }

    /** "zone sous-dotée (moins de 2,5)", with the thresholds of the accessibility section. */
    static String aplClass(Double apl) {
        if (apl == null) {
            return "non calculée";
        }
        return apl < AccessibilitySection.GP_UNDER_SERVED ? "zone sous-dotée (moins de 2,5)"
                : apl < AccessibilitySection.GP_WELL_SERVED ? "intermédiaire (de 2,5 à 4)" : "bien dotée (4 et plus)";
    }

    private static ReportDocument.Tile tile(String label, String value, String detail, Figure f) {
        return new ReportDocument.Tile(label, value, detail, ReportSources.label(f.source(), f.millesime()));
    }

    /** "Bas-Rhin : 9,8 %" for the first reference with a value, else "". */
    private static String reference(Figure f, List<TerritoryReport.Reference> references) {
        for (int k = 0; k < references.size() && k < f.references().size(); k++) {
            if (f.references().get(k) != null) {
                return references.get(k).name() + " : " + FrenchNumbers.withUnit(f.references().get(k), f.unit());
            }
        }
        return "";
    }

    /** " (2015-2021)" from the growth note "Taux annuel moyen entre 2015 et 2021 (…)", else "". */
    private static String period(String note) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("entre (\\d{4}) et (\\d{4})")
                .matcher(note == null ? "" : note);
        return m.find() ? " (" + m.group(1) + "-" + m.group(2) + ")" : "";
    }
}
