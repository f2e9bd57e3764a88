package fr.oasis.prospective.scenario;

import java.util.List;
import java.util.Map;

/**
 * A scenario as a client sends it, before {@link ScenarioRules} checks it: nothing here is
 * trusted. Counts are numbers so that "2.5" or "10000" reach the rules and get a French answer.
 *
 * @param name    the scenario's name (for saving; ignored by an evaluation)
 * @param variant         {@code all}, {@code under-65} or {@code under-62}; null for all
 * @param retirementYears horizon of the estimated retirements the scenario starts from (1 to 15
 *                        years), null for the current situation
 */
public record ScenarioDraft(String name, String variant, List<Change> changes, Double retirementYears) {

    /**
     * @param kind          {@code installation}, {@code depart} or {@code msp}
     * @param commune       INSEE code of the commune
     * @param practitioners count per profession key, e.g. {@code {"MG": 2, "INF": 3}}
     */
    public record Change(String kind, String commune, Map<String, Double> practitioners) {
    }
}
