package fr.oasis.practitioner;

/**
 * How a practitioner's yearly activity becomes supply in the APL (E2SFCA) of their profession.
 * <p>
 * <b>Definitions.</b> {@code activity} is what a source reports per practitioner and year, in
 * {@link #activityUnit}: consultations and home visits for general practitioners, full-time
 * equivalents (FTE) for every other profession. One FTE is {@link #activityPerFte} units of
 * activity. The FTE is {@code activity / activityPerFte}; a practitioner under
 * {@link #fteFloor} FTE counts for nothing (marginal activity, e.g. a retiree doing a few
 * replacements) and one above {@link #fteCap} counts as the cap (a very high figure is more
 * likely a shared practice billing under one number than one person's work). The supply a
 * practitioner brings is the clamped FTE times {@code activityPerFte}, back in activity units; the
 * APL is then expressed in {@link #aplUnit}, i.e. the accessibility ratio times {@link #aplScale}.
 * <p>
 * <b>Choice of defaults.</b> They follow the DREES APL publications in spirit, not to the letter:
 * the GP floor of 250 consultations and visits a year is the exclusion threshold DREES describes
 * for GPs; the 4,500 consultations per FTE and the cap at two FTE are our own round figures.
 * Other professions have no activity in the open sources Oasis reads, so each counts one FTE
 * unless a source says otherwise. All of this is configuration: build another instance with
 * {@link #withFte} or the constructor and give it to the computation; the catalogue only holds
 * defaults.
 * <p>
 * Immutable and thread-safe.
 *
 * @param aplUnit         what the APL value means, for labels, e.g. "consultations par an et par
 *                        habitant standardisé"
 * @param aplScale        factor applied to the ratio supply / standardised demand: 1 for GPs,
 *                        100,000 for "per 100,000 inhabitants" units
 * @param activityUnit    unit of the activity a source gives, e.g. "consultations et visites par an"
 * @param activityPerFte  activity of one full-time practitioner over a year; positive
 * @param defaultActivity activity assumed when a source gives none (usually one FTE); positive
 * @param fteFloor        FTE below which a practitioner brings no supply; 0 or more
 * @param fteCap          largest FTE a practitioner can bring; at least {@code fteFloor}, positive
 */
public record AplParameters(String aplUnit, double aplScale, String activityUnit, double activityPerFte,
                            double defaultActivity, double fteFloor, double fteCap) {

    /** APL unit of general practitioners (DREES). */
    public static final String CONSULTATIONS_PER_INHABITANT = "consultations par an et par habitant standardisé";
    /** APL unit of every other profession (DREES). */
    public static final String FTE_PER_100K = "ETP pour 100 000 habitants standardisés";

    /**
     * The APL unit a label may state for a computation: {@code unit} as is when the demand was
     * age-standardised, otherwise without "standardisé(s)" ("consultations par an et par
     * habitant"), so that a label never claims a standardisation that was not done.
     */
    public static String unitFor(String unit, boolean ageStandardised) {
        if (unit == null || ageStandardised) {
            return unit;
        }
        return unit.replace(" standardisés", "").replace(" standardisé", "");
    }

    /** This profession's APL unit for a computation whose demand was (or was not) age-standardised. */
    public String aplUnit(boolean ageStandardised) {
        return unitFor(aplUnit, ageStandardised);
    }

    public AplParameters {
        if (aplUnit == null || aplUnit.isBlank() || activityUnit == null || activityUnit.isBlank()) {
            throw new IllegalArgumentException("units must be named");
        }
        if (!(aplScale > 0) || !(activityPerFte > 0) || !(defaultActivity > 0)) {
            throw new IllegalArgumentException("aplScale, activityPerFte and defaultActivity must be positive: "
                    + aplScale + ", " + activityPerFte + ", " + defaultActivity);
        }
        if (!(fteFloor >= 0) || !(fteCap > 0) || fteCap < fteFloor || Double.isInfinite(fteCap)) {
            throw new IllegalArgumentException("need 0 <= fteFloor <= fteCap, finite: " + fteFloor + ", " + fteCap);
        }
    }

    /** Defaults for general practitioners: activity in consultations and visits per year. */
    static AplParameters generalPractice() {
        double perFte = 4_500;
        return new AplParameters(CONSULTATIONS_PER_INHABITANT, 1, "consultations et visites par an", perFte,
                perFte, 250 / perFte, 2);
    }

    /** Defaults for the other professions: activity already in FTE, one FTE when unknown. */
    static AplParameters fullTimeEquivalents() {
        return new AplParameters(FTE_PER_100K, 100_000, "ETP", 1, 1, 0.1, 2);
    }

    /** The same parameters with another floor and cap. */
    public AplParameters withFte(double floor, double cap) {
        return new AplParameters(aplUnit, aplScale, activityUnit, activityPerFte, defaultActivity, floor, cap);
    }

    /**
     * The FTE a practitioner counts for: {@code activity / activityPerFte}, 0 under the floor,
     * the cap above it.
     *
     * @param activity yearly activity in {@link #activityUnit}, or null for {@link #defaultActivity}
     * @throws IllegalArgumentException if the activity is negative or not finite
     */
    public double fte(Double activity) {
        double a = activity == null ? defaultActivity : activity;
        if (!(a >= 0) || Double.isInfinite(a)) {
            throw new IllegalArgumentException("activity must be a finite non-negative number: " + activity);
        }
        double fte = a / activityPerFte;
        return fte < fteFloor ? 0 : Math.min(fte, fteCap);
    }

    /** The supply a practitioner brings, in {@link #activityUnit}: {@code fte(activity) * activityPerFte}. */
    public double supply(Double activity) {
        return fte(activity) * activityPerFte;
    }
}
