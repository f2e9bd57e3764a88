package fr.oasis.prospective.scenario;

import fr.oasis.practitioner.Profession;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One change of a scenario: in commune {@code communeCode}, practitioners of one or several
 * professions install ({@link ChangeKind#INSTALLATION}, {@link ChangeKind#MSP}) or leave
 * ({@link ChangeKind#DEPART}). Counts are positive; the kind gives the direction. Immutable;
 * checked by {@link ScenarioRules}.
 *
 * @param practitioners count per profession, in insertion order
 */
public record ScenarioChange(ChangeKind kind, String communeCode, Map<Profession, Integer> practitioners) {

    public ScenarioChange {
        practitioners = Collections.unmodifiableMap(new LinkedHashMap<>(practitioners));
    }

    /** Signed count of one profession: positive when they arrive, negative when they leave, 0 if absent. */
    public int signedCount(Profession profession) {
        return kind.sign() * practitioners.getOrDefault(profession, 0);
    }

    /** "2 médecins généralistes, 3 infirmiers", for summaries. */
    public String team() {
        return practitioners.entrySet().stream()
                .map(e -> e.getValue() + " " + (e.getValue() > 1 ? e.getKey().pluralLabel() : e.getKey().label())
                        .toLowerCase(java.util.Locale.FRENCH))
                .collect(Collectors.joining(", "));
    }
}
