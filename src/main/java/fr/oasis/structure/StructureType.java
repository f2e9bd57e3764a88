package fr.oasis.structure;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The care structures Oasis counts, each from one source: six INSEE BPE equipment types counted
 * per commune ({@code TYPEQU}), and hospitals from FINESS with their own coordinates. Not
 * professions: a structure has no APL, only counts and the time to the nearest one. The key is
 * the stable id used in indicator ids ({@code countmsp}, {@code timeemergency}) and the API.
 */
public enum StructureType {
    MSP("msp", "D113", "Maison de santé pluriprofessionnelle", "Maisons de santé (MSP)", "M", "une MSP"),
    HEALTH_CENTRE("healthcentre", "D108", "Centre de santé", "Centres de santé", "C", "un centre de santé"),
    EMERGENCY("emergency", "D106", "Service d'urgences", "Urgences", "U", "un service d'urgences"),
    MATERNITY("maternity", "D107", "Maternité", "Maternités", "Ma", "une maternité"),
    PHARMACY("pharmacy", "D301", "Pharmacie", "Pharmacies", "P", "une pharmacie"),
    LABORATORY("laboratory", "D302", "Laboratoire d'analyses médicales", "Laboratoires d'analyses", "L",
            "un laboratoire"),
    HOSPITAL("hospital", null, "Établissement hospitalier", "Établissements hospitaliers (FINESS)", "H",
            "un établissement hospitalier");

    private final String key;
    private final String bpeCode;
    private final String label;
    private final String pluralLabel;
    private final String symbol;
    private final String nearestPhrase;

    StructureType(String key, String bpeCode, String label, String pluralLabel, String symbol, String nearestPhrase) {
        this.key = key;
        this.bpeCode = bpeCode;
        this.label = label;
        this.pluralLabel = pluralLabel;
        this.symbol = symbol;
        this.nearestPhrase = nearestPhrase;
    }

    public String key() {
        return key;
    }

    /** The INSEE BPE {@code TYPEQU} code, null for hospitals (FINESS). */
    public String bpeCode() {
        return bpeCode;
    }

    public String label() {
        return label;
    }

    public String pluralLabel() {
        return pluralLabel;
    }

    /** The short text drawn in the map symbol. */
    public String symbol() {
        return symbol;
    }

    /** "une MSP", for "temps d'accès à une MSP". */
    public String nearestPhrase() {
        return nearestPhrase;
    }

    /** Whether counts come from the BPE (placed at the commune's reference point). */
    public boolean countedByCommune() {
        return bpeCode != null;
    }

    public static Optional<StructureType> fromBpeCode(String typequ) {
        return Arrays.stream(values()).filter(t -> t.bpeCode != null && t.bpeCode.equals(typequ)).findFirst();
    }

    /** @throws IllegalArgumentException naming the accepted keys */
    public static StructureType fromKey(String key) {
        String k = key == null ? "" : key.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.key.equals(k)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown care structure type '" + key
                        + "' (expected one of " + Arrays.stream(values()).map(StructureType::key).toList() + ")"));
    }
}
