package fr.oasis.accessibility.engine;

/**
 * Turns a practitioner's yearly activity into the supply counted for them:
 * {@code v = activity / unit}, then {@code 0} if {@code v < floor} (marginal activity, e.g. a
 * practitioner who just started or mostly works elsewhere), else {@code min(v, cap)} (very high
 * activity counted as at most {@code cap}). With {@code unit} = the activity of one full-time
 * practitioner of the profession, {@code v} is in full-time equivalents (FTE).
 *
 * <p>Rules are per profession: the caller picks the rule of the profession it computes.
 * {@link #NONE} keeps activity unchanged (the benchmark contract). Immutable, thread-safe.
 *
 * @param unit  activity of one unit of supply, {@code > 0} (1 keeps the activity's own unit)
 * @param floor values below it count 0, {@code >= 0}
 * @param cap   values above it count {@code cap}, {@code >= floor} (may be infinite)
 */
public record ActivityRule(double unit, double floor, double cap) {

    /** Activity counted as is: no unit change, no floor, no cap. */
    public static final ActivityRule NONE = new ActivityRule(1, 0, Double.POSITIVE_INFINITY);

    public ActivityRule {
        if (!(unit > 0) || Double.isInfinite(unit) || !(floor >= 0) || Double.isInfinite(floor) || !(cap >= floor)) {
            throw new IllegalArgumentException("activity rule: need unit > 0, 0 <= floor <= cap, got unit "
                    + unit + ", floor " + floor + ", cap " + cap);
        }
    }

    /** Supply counted for one practitioner's activity ({@code >= 0}). */
    public double apply(double activity) {
        double v = activity / unit;
        return v < floor ? 0.0 : Math.min(v, cap);
    }

    public boolean isNone() {
        return this.equals(NONE);
    }

    @Override
    public String toString() {
        return isNone() ? "activity as is (no floor, no cap)"
                : "activity / " + unit + ", floor " + floor + ", cap " + cap;
    }
}
