package fr.oasis.prospective.retirement;

import fr.oasis.practitioner.Profession;

/**
 * The APL under which a commune counts as under-served in the prospective pages: 2.5
 * consultations a year per inhabitant for GPs (the DREES reading, pool of the "zones
 * d'intervention prioritaire"); for the other professions, which have no official threshold, half
 * of today's population-weighted mean APL of the territory (indicative, said so). A user may give
 * another. Stateless.
 */
public final class AplThreshold {
    /** DREES reading for GPs, consultations per year and standardised inhabitant. */
    public static final double GP = 2.5;

    private AplThreshold() {
    }

    /**
     * @param given      the user's threshold (shown units), or null for the default
     * @param apl        today's APL per commune, shown units
     * @param population inhabitants per commune
     * @throws IllegalArgumentException (French) when {@code given} is not a positive finite number
     */
    public static double of(Profession profession, Double given, double[] apl, double[] population) {
        if (given != null) {
            if (!(given > 0) || given.isInfinite()) {
                throw new IllegalArgumentException("le seuil d'APL doit être un nombre positif, pas " + given);
            }
            return given;
        }
        if (profession == Profession.MG) {
            return GP;
        }
        double weighted = 0;
        double people = 0;
        for (int i = 0; i < apl.length; i++) {
            weighted += apl[i] * population[i];
            people += population[i];
        }
        double half = people > 0 ? weighted / people / 2 : 0;
        return half > 0 ? half : 1e-9;
    }

    /** How the threshold was chosen, in French. */
    public static String describe(Profession profession, Double given, double threshold) {
        if (given != null) {
            return "seuil choisi par l'utilisateur";
        }
        return profession == Profession.MG ? "seuil DREES de 2,5 consultations par an et par habitant"
                : "seuil indicatif : moitié de l'APL moyenne actuelle du territoire (pondérée par la population),"
                + " faute de seuil officiel pour cette profession";
    }
}
