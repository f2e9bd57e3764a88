package fr.oasis.accessibility.engine;

import java.util.function.IntFunction;

/**
 * Supply per commune, {@code S_j}: the sum over the practitioners located in commune {@code j}
 * of their activity after an {@link ActivityRule}, keeping only practitioners aged
 * {@code age <= maxAge} when an age limit is set (the "under 65" variant is {@code maxAge = 64}).
 *
 * <p>Unknown ages ({@link #UNKNOWN_AGE}): kept when there is no age limit; <em>excluded</em> from
 * age-limited variants and counted in {@link #excludedUnknownAge()}. Reason: those variants ask
 * which supply will still be there in a few years; counting a practitioner who may be 70 would
 * overstate it, and the count lets a report say how much was left out.
 *
 * <p>Build with {@link #builder(int)} (not thread-safe); a built supply is immutable by
 * convention ({@link #values()} is not copied) and thread-safe.
 */
public final class Supply {

    /** Age of a practitioner whose age is unknown. */
    public static final int UNKNOWN_AGE = -1;
    /** No age limit. */
    public static final int ALL_AGES = Integer.MAX_VALUE;

    private final double[] values;
    private final int maxAge;
    private final ActivityRule rule;
    private final int kept;
    private final int excludedByAge;
    private final int excludedUnknownAge;

    private Supply(double[] values, int maxAge, ActivityRule rule, int kept, int excludedByAge, int excludedUnknownAge) {
        this.values = values;
        this.maxAge = maxAge;
        this.rule = rule;
        this.kept = kept;
        this.excludedByAge = excludedByAge;
        this.excludedUnknownAge = excludedUnknownAge;
    }

    /** Supply given directly per commune (copied), e.g. for scenarios and tests. */
    public static Supply of(double[] perCommune) {
        for (int j = 0; j < perCommune.length; j++) {
            if (!(perCommune[j] >= 0) || Double.isInfinite(perCommune[j])) {
                throw new IllegalArgumentException("supply: commune " + j + " has supply " + perCommune[j]);
            }
        }
        return new Supply(perCommune.clone(), ALL_AGES, ActivityRule.NONE, -1, 0, 0);
    }

    public static Builder builder(int communeCount) {
        return new Builder(communeCount);
    }

    /** Supply per commune; not copied, do not modify. */
    public double[] values() {
        return values;
    }

    public int size() {
        return values.length;
    }

    public int maxAge() {
        return maxAge;
    }

    public ActivityRule activityRule() {
        return rule;
    }

    /** Practitioners counted, or -1 when the supply was given per commune. */
    public int practitionersKept() {
        return kept;
    }

    public int excludedByAge() {
        return excludedByAge;
    }

    public int excludedUnknownAge() {
        return excludedUnknownAge;
    }

    public double total() {
        double sum = 0;
        for (double s : values) {
            sum += s;
        }
        return sum;
    }

    /** One line for explanations. */
    public String describe() {
        String ages = maxAge == ALL_AGES ? "all ages" : "age <= " + maxAge + " (unknown ages excluded: "
                + excludedUnknownAge + ", older excluded: " + excludedByAge + ")";
        String who = kept < 0 ? "given per commune" : kept + " practitioners";
        return "supply = " + who + ", " + ages + ", " + rule;
    }

    /** Accumulates practitioners one by one. */
    public static final class Builder {
        private final double[] values;
        private int maxAge = ALL_AGES;
        private ActivityRule rule = ActivityRule.NONE;
        private int kept;
        private int excludedByAge;
        private int excludedUnknownAge;

        private Builder(int communeCount) {
            values = new double[communeCount];
        }

        /** Keep only practitioners with {@code age <= maxAge}; set before adding. */
        public Builder maxAge(int maxAge) {
            if (maxAge < 0) {
                throw new IllegalArgumentException("supply: maximum age must be >= 0, got " + maxAge);
            }
            this.maxAge = maxAge;
            return this;
        }

        public Builder activityRule(ActivityRule rule) {
            this.rule = rule;
            return this;
        }

        /**
         * @param id       practitioner identifier, for error messages
         * @param commune  index of the practitioner's commune
         * @param activity yearly activity, finite and {@code >= 0}
         * @param age      age in years, or {@link #UNKNOWN_AGE}
         */
        public Builder add(String id, int commune, double activity, int age) {
            if (!(activity >= 0) || Double.isInfinite(activity)) {
                throw new IllegalArgumentException("practitioner " + id + ": activity must be finite and >= 0, got " + activity);
            }
            if (commune < 0 || commune >= values.length) {
                throw new IllegalArgumentException("practitioner " + id + ": commune index " + commune + " out of range");
            }
            if (maxAge != ALL_AGES && age == UNKNOWN_AGE) {
                excludedUnknownAge++;
            } else if (age > maxAge) {
                excludedByAge++;
            } else {
                values[commune] += rule.apply(activity);
                kept++;
            }
            return this;
        }

        /**
         * Adds practitioners {@code 0..count-1} given as parallel arrays, same rules as
         * {@link #add}; {@code idOf} names a practitioner, called only to report an error (so bulk
         * callers need not create one String per practitioner).
         */
        public Builder addAll(int count, int[] commune, double[] activity, int[] age, IntFunction<String> idOf) {
            for (int p = 0; p < count; p++) {
                if (!(activity[p] >= 0) || Double.isInfinite(activity[p]) || commune[p] < 0 || commune[p] >= values.length) {
                    add(idOf.apply(p), commune[p], activity[p], age[p]); // throws, naming the practitioner
                }
                add(null, commune[p], activity[p], age[p]);
            }
            return this;
        }

        public Supply build() {
            return new Supply(values.clone(), maxAge, rule, kept, excludedByAge, excludedUnknownAge);
        }
    }
}
