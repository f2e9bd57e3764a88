package fr.oasis.prospective.scenario;

import java.time.Instant;
import java.util.List;

/**
 * A stored scenario: its name, author, dates, the practitioner data it was built on (caption)
 * and its changes. Immutable.
 *
 * @param builtOn         source and millésime of the practitioners when it was last saved
 * @param retirementYears horizon of the estimated retirements it starts from, null for the current situation
 */
public record SavedScenario(long id, String name, String variant, String author, Instant createdAt,
                            Instant updatedAt, String builtOn, List<ScenarioChange> changes, Integer retirementYears) {

    public SavedScenario {
        changes = List.copyOf(changes);
    }

    /**
     * One line of the list of scenarios.
     *
     * @param editable whether the caller may change or delete it (its author, or an ADMIN)
     */
    public record Summary(long id, String name, String variant, String author, Instant createdAt, Instant updatedAt,
                          String builtOn, int changes, boolean editable) {
    }
}
