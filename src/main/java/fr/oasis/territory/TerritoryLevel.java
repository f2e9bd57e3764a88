package fr.oasis.territory;

import java.util.Arrays;
import java.util.Locale;

/** The administrative levels Oasis stores, finest first. */
public enum TerritoryLevel {
    COMMUNE("commune"), EPCI("epci"), DEPARTEMENT("departement"), REGION("region");

    private final String key;

    TerritoryLevel(String key) {
        this.key = key;
    }

    /** The lower-case name used in URLs and JSON ("commune", "epci"...). */
    public String key() {
        return key;
    }

    /** @throws IllegalArgumentException naming the accepted values when {@code key} is unknown */
    public static TerritoryLevel fromKey(String key) {
        String wanted = key == null ? "" : key.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(l -> l.key.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown territory level '" + key + "' (expected commune, epci, departement or region)"));
    }
}
