package fr.oasis.prospective.scenario;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a scenario change does: practitioners install, leave, or a MSP opens with a team. */
public enum ChangeKind {
    INSTALLATION("s'installent", 1), DEPART("partent", -1), MSP("ouverture d'une maison de santé", 1);

    private final String label;
    private final int sign;

    ChangeKind(String label, int sign) {
        this.label = label;
        this.sign = sign;
    }

    /** French phrase for summaries. */
    public String label() {
        return label;
    }

    /** +1 when practitioners arrive, -1 when they leave. */
    public int sign() {
        return sign;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException in French, naming the accepted kinds */
    public static ChangeKind fromKey(String key) {
        for (ChangeKind k : values()) {
            if (k.key().equalsIgnoreCase(key == null ? "" : key.trim())) {
                return k;
            }
        }
        throw new IllegalArgumentException("type de changement « " + key + " » inconnu (attendu : "
                + Arrays.stream(values()).map(ChangeKind::key).collect(Collectors.joining(", ")) + ")");
    }
}
