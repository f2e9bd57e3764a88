package fr.oasis.contract;

import java.util.Locale;
import java.util.Optional;

/** An action indicator measures the process (what was done) or the result (what changed). */
public enum IndicatorKind {
    PROCESSUS("processus"),
    RESULTAT("résultat");

    private final String label;

    IndicatorKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** "processus", "résultat"/"resultat" or the constant name, any case. */
    public static Optional<IndicatorKind> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().toLowerCase(Locale.ROOT).replace('é', 'e');
        return switch (t) {
            case "processus", "process" -> Optional.of(PROCESSUS);
            case "resultat", "result" -> Optional.of(RESULTAT);
            default -> Optional.empty();
        };
    }
}
