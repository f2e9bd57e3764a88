package fr.oasis.prospective.scenario;

import fr.oasis.territory.TerritoryView;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A saved scenario as the API and the page show it: changes in the draft's shape (so a client can
 * send them back as they are), with the commune's name and a French sentence.
 *
 * @param editable        whether the caller may change or delete it
 * @param retirementYears horizon of the estimated retirements it starts from, null for the current situation
 */
public record ScenarioView(long id, String name, String variant, String author, Instant createdAt, Instant updatedAt,
                           String builtOn, List<Change> changes, boolean editable, Integer retirementYears) {

    /** @param summary e.g. "Bar-le-Duc (55029) : 3 médecins généralistes s'installent" */
    public record Change(String kind, String commune, String communeName, Map<String, Integer> practitioners,
                         String summary) {
    }

    static ScenarioView of(SavedScenario s, boolean editable, Map<String, TerritoryView.CommunePoint> communes) {
        return new ScenarioView(s.id(), s.name(), s.variant(), s.author(), s.createdAt(), s.updatedAt(), s.builtOn(),
                s.changes().stream().map(c -> change(c, communes)).toList(), editable, s.retirementYears());
    }

    static Change change(ScenarioChange c, Map<String, TerritoryView.CommunePoint> communes) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        c.practitioners().forEach((p, n) -> counts.put(p.key(), n));
        TerritoryView.CommunePoint point = communes.get(c.communeCode());
        String name = point == null ? c.communeCode() : point.name();
        return new Change(c.kind().key(), c.communeCode(), name, counts, summary(c, name));
    }

    /** One French sentence per change, shared by the page, the CSV and the PDF. */
    static String summary(ScenarioChange c, String communeName) {
        String where = communeName + " (" + c.communeCode() + ")";
        return switch (c.kind()) {
            case MSP -> where + " : ouverture d'une maison de santé avec " + c.team();
            case INSTALLATION -> where + " : " + c.team() + " " + (total(c) > 1 ? "s'installent" : "s'installe");
            case DEPART -> where + " : " + c.team() + " " + (total(c) > 1 ? "partent" : "part");
        };
    }

    private static int total(ScenarioChange c) {
        return c.practitioners().values().stream().mapToInt(Integer::intValue).sum();
    }
}
