package fr.oasis.accessibility;

import fr.oasis.accessibility.engine.Supply;
import java.util.Locale;

/** Which practitioners count: all, or only those under 65 / under 62 (DREES variants). */
public enum AplVariant {
    ALL(Supply.ALL_AGES, "tous âges"), UNDER_65(64, "moins de 65 ans"), UNDER_62(61, "moins de 62 ans");

    private final int maxAge;
    private final String label;

    AplVariant(int maxAge, String label) {
        this.maxAge = maxAge;
        this.label = label;
    }

    /** Oldest age kept (inclusive). */
    public int maxAge() {
        return maxAge;
    }

    public String label() {
        return label;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static AplVariant fromKey(String key) {
        for (AplVariant v : values()) {
            if (v.key().equalsIgnoreCase(key == null ? "" : key)) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown APL variant '" + key + "' (expected all, under-65 or under-62)");
    }
}
