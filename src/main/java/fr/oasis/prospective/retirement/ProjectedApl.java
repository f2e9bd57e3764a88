package fr.oasis.prospective.retirement;

import fr.oasis.accessibility.AccessibilitySnapshot;
import fr.oasis.practitioner.Profession;

/**
 * The APL of one profession today and after a horizon, in the units shown (the profession's
 * scale applied), per commune index of the snapshot. Today's is the stored APL (practitioners and
 * any supplement on, {@link AccessibilitySnapshot#base}); after, the APL of the expected supply
 * {@code S'_j = Σ_p s_p · supply_p + supplement_j} (a supplement, a mobile unit, does not retire).
 *
 * <p>Shortcut: when no practitioner's age is known and no supplement is on, every practitioner
 * stays with the same probability {@code s}, so {@code S' = s · S} and, the APL being linear in
 * supply, the APL after is {@code s} times today's, without a catchment pass
 * ({@link #byLinearity}). With a supplement the part it brings stays whole, so the full
 * computation runs. Immutable by convention (arrays not copied); computed statelessly.
 *
 * @param before      APL today, shown units
 * @param after       expected APL after the horizon, shown units
 * @param byLinearity whether {@code after} came from the shortcut
 */
record ProjectedApl(double[] before, double[] after, boolean byLinearity) {

    static ProjectedApl of(AccessibilitySnapshot snapshot, Profession profession, RetirementProjection.Result projected) {
        double scale = profession.apl().aplScale();
        double[] today = snapshot.base(profession).apl();
        boolean byLinearity = projected.known() == 0 && snapshot.supplement(profession) == null;
        double[] after = byLinearity ? scaled(today, scale * projected.unknownStays())
                : scaled(snapshot.compute(snapshot.withSupplement(profession, projected.supply())).apl(), scale);
        return new ProjectedApl(scaled(today, scale), after, byLinearity);
    }

    private static double[] scaled(double[] apl, double scale) {
        double[] shown = new double[apl.length];
        for (int i = 0; i < apl.length; i++) {
            shown[i] = apl[i] * scale;
        }
        return shown;
    }
}
