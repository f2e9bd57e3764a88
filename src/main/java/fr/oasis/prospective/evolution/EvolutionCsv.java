package fr.oasis.prospective.evolution;

import fr.oasis.export.SpreadsheetCsv;

/**
 * The comparison as a French spreadsheet CSV ({@link SpreadsheetCsv}): one row per commune, then
 * one per EPCI, with both millésimes, the unit, the travel model and the source on every row, so
 * a filtered sheet still says where its figures come from. Stateless.
 */
final class EvolutionCsv {
    private EvolutionCsv() {
    }

    static byte[] write(EvolutionView.Comparison c) {
        SpreadsheetCsv csv = new SpreadsheetCsv().text("niveau").text("code").text("nom").text("population")
                .text("APL " + c.from().millesime()).text("APL " + c.to().millesime()).text("évolution")
                .text("unité").text("profession").text("modèle de temps de trajet").text("source " + c.from().millesime())
                .text("source " + c.to().millesime()).text("recalculé").endRow();
        for (EvolutionView.Row r : c.communes()) {
            row(csv, "commune", r, c);
        }
        for (EvolutionView.Row r : c.epci()) {
            row(csv, "epci", r, c);
        }
        return csv.toBytes();
    }

    private static void row(SpreadsheetCsv csv, String level, EvolutionView.Row r, EvolutionView.Comparison c) {
        csv.text(level).text(r.code()).text(r.name()).number(r.population()).number(r.before()).number(r.after())
                .number(r.difference()).text(c.unit()).text(c.professionLabel()).text(c.to().travelModel())
                .text(c.from().provenance().caption()).text(c.to().provenance().caption())
                .text(recomputed(c)).endRow();
    }

    private static String recomputed(EvolutionView.Comparison c) {
        if (c.from().recomputed() || c.to().recomputed()) {
            return "oui : " + c.note();
        }
        return "non";
    }
}
