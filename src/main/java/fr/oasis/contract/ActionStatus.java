package fr.oasis.contract;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The status of an action sheet at the end of a year: the fixed list of the CLS follow-up
 * (seed 004's "avancement" reduced to five values).
 */
public enum ActionStatus {
    NON_COMMENCEE("non commencée"),
    EN_COURS("en cours"),
    REALISEE("réalisée"),
    ABANDONNEE("abandonnée"),
    REPORTEE("reportée");

    private final String label;

    ActionStatus(String label) {
        this.label = label;
    }

    /** The French label, lower case ("en cours"). */
    public String label() {
        return label;
    }

    /**
     * Reads a label or a constant name, ignoring case, accents and spaces/underscores
     * ("Réalisée", "REALISEE", "realisee" are the same).
     */
    public static Optional<ActionStatus> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String key = fold(text);
        return Arrays.stream(values()).filter(s -> fold(s.label).equals(key) || fold(s.name()).equals(key)).findFirst();
    }

    /** The list as French text, for error messages. */
    public static String choices() {
        return Arrays.stream(values()).map(s -> "« " + s.label + " »").collect(Collectors.joining(", "));
    }

    private static String fold(String s) {
        return Normalizer.normalize(s.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " ");
    }
}
