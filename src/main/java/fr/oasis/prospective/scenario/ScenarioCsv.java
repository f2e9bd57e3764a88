package fr.oasis.prospective.scenario;

import fr.oasis.export.SpreadsheetCsv;
import fr.oasis.prospective.scenario.ScenarioOutcome.CommuneRow;
import fr.oasis.prospective.scenario.ScenarioOutcome.ProfessionOutcome;

/**
 * A scenario's communes as a CSV French spreadsheets open as is ({@link SpreadsheetCsv}): one row
 * per profession and commune whose APL or time to the nearest practitioner changes, full
 * precision; the scenario, its baseline and the sources on the last lines.
 */
final class ScenarioCsv {
    private ScenarioCsv() {
    }

    static byte[] write(SavedScenario scenario, ScenarioOutcome outcome) {
        SpreadsheetCsv csv = new SpreadsheetCsv();
        for (String h : new String[] {"profession", "code commune", "commune", "code EPCI", "population",
                "APL avant", "APL après", "écart APL", "unité APL", "temps au plus proche avant (min)",
                "temps au plus proche après (min)", "seuil de 2,5 franchi"}) {
            csv.text(h);
        }
        csv.endRow();
        for (ProfessionOutcome p : outcome.professions()) {
            for (CommuneRow r : p.communes()) {
                csv.text(p.label()).text(r.code()).text(r.name()).text(r.epci()).number(r.population())
                        .number(r.aplBefore()).number(r.aplAfter()).number(r.aplAfter() - r.aplBefore()).text(p.unit())
                        .number(r.minutesBefore()).number(r.minutesAfter())
                        .text(r.crossing() == null ? "" : "au-dessus".equals(r.crossing()) ? "passe au-dessus"
                                : "passe en dessous")
                        .endRow();
            }
        }
        csv.text("Scénario : " + scenario.name() + " (n° " + scenario.id() + ", " + scenario.author() + ", "
                + outcome.baseline() + ", praticiens " + outcome.variantLabel() + ")").endRow();
        for (String source : outcome.sources()) {
            csv.text(source).endRow();
        }
        return csv.toBytes();
    }
}
