package fr.oasis.indicator;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The indicative priority zones: a class per territory computed from the APL of general
 * practitioners (all practitioners), with thresholds that are settings
 * ({@code oasis.priority-zones.intervention-below}, default 2.5, and
 * {@code oasis.priority-zones.complementary-below}, default 4, consultations per year per
 * standardised inhabitant): below the first, "zone d'intervention prioritaire (indicative)"
 * (class 2); from the first to below the second, "zone d'action complémentaire (indicative)"
 * (class 1); otherwise none (class 0). Above the commune level the APL classified is the
 * population-weighted mean of the communes (the accessibility aggregation), so every level
 * follows. Always labelled indicative: the official zoning (ZIP/ZAC) is decided by the ARS, on
 * more criteria than the APL. Immutable, thread-safe.
 */
@Component
public class PriorityZones {
    /** The catalogue id, and the filter's: {@code priorityzone>=1}, {@code priorityzone>=2}. */
    public static final String ID = "priorityzone";
    public static final String LABEL = "Zonage indicatif (APL médecins généralistes)";
    /** The warning shown wherever a class is. */
    public static final String OFFICIAL = "Classement indicatif calculé par Oasis : le zonage officiel est arrêté"
            + " par l'ARS.";
    private static final String[] CLASS_LABELS = {"hors zone indicative", "zone d'action complémentaire (indicative)",
            "zone d'intervention prioritaire (indicative)"};
    private final double interventionBelow;
    private final double complementaryBelow;

    /** @throws IllegalArgumentException unless 0 < intervention-below < complementary-below */
    PriorityZones(@Value("${oasis.priority-zones.intervention-below:2.5}") double interventionBelow,
                  @Value("${oasis.priority-zones.complementary-below:4}") double complementaryBelow) {
        if (!(interventionBelow > 0) || !(complementaryBelow > interventionBelow)) {
            throw new IllegalArgumentException("oasis.priority-zones: intervention-below (" + interventionBelow
                    + ") must be positive and below complementary-below (" + complementaryBelow + ")");
        }
        this.interventionBelow = interventionBelow;
        this.complementaryBelow = complementaryBelow;
    }

    /** 2 (intervention), 1 (complementary) or 0 (none); null for a missing APL. */
    public Integer classOf(Double apl) {
        if (apl == null || apl.isNaN()) {
            return null;
        }
        return apl < interventionBelow ? 2 : apl < complementaryBelow ? 1 : 0;
    }

    /** "zone d'intervention prioritaire (indicative)"... for a class 0-2. */
    public static String label(int zoneClass) {
        return CLASS_LABELS[zoneClass];
    }

    public double interventionBelow() {
        return interventionBelow;
    }

    public double complementaryBelow() {
        return complementaryBelow;
    }

    /** The method in one French sentence, with the thresholds, and the official-zoning warning. */
    public String method() {
        return thresholds() + ". " + OFFICIAL;
    }

    /** "APL médecins généralistes (tous les praticiens) inférieure à 2,5 : …" without the warning. */
    public String thresholds() {
        return "APL médecins généralistes (tous les praticiens) inférieure à " + french(interventionBelow)
                + " : zone d'intervention prioritaire (indicative) ; de " + french(interventionBelow)
                + " à moins de " + french(complementaryBelow) + " : zone d'action complémentaire (indicative)";
    }

    private static String french(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v).replace('.', ',');
    }
}
