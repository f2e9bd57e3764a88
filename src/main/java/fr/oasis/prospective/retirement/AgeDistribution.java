package fr.oasis.prospective.retirement;

import fr.oasis.practitioner.AgeClassCount;
import java.util.List;

/**
 * The age structure of one profession group in one year, as counts per age class, and the share
 * of practitioners who will have reached the retirement age within a horizon.
 *
 * <p>Assumption (the table gives classes, not ages): <b>ages are spread uniformly within each
 * class</b>, whole years {@code a .. b} read as the interval {@code [a, b+1)}; the open last class
 * ("65 ans et plus") is taken as five years wide ({@code [65, 70)}) like the others. A practitioner
 * aged {@code x} today has reached the retirement age {@code R} within {@code N} years when
 * {@code x + N >= R}; so the share leaving is
 * {@code Σ_c n_c · clamp((end_c - (R - N)) / (end_c - start_c), 0, 1) / Σ_c n_c}.
 * Hand example: classes 55-59 (100) and 60-64 (100), R = 67, N = 5: everyone aged 62 or more leaves,
 * i.e. 3/5 of the 60-64 class, 60 of 200 = 0.3. Practitioners past R today count as leaving.
 *
 * <p>Immutable, thread-safe.
 */
final class AgeDistribution {
    /** Width assumed for the open last class, years. */
    static final int OPEN_CLASS_WIDTH = 5;
    private final int[] start;
    private final int[] end;
    private final double[] count;
    private final double total;

    AgeDistribution(List<AgeClassCount> classes) {
        if (classes.isEmpty()) {
            throw new IllegalArgumentException("an age distribution needs at least one class");
        }
        int n = classes.size();
        start = new int[n];
        end = new int[n];
        count = new double[n];
        double sum = 0;
        for (int c = 0; c < n; c++) {
            AgeClassCount k = classes.get(c);
            start[c] = k.minAge();
            end[c] = k.endAge() == null ? k.minAge() + OPEN_CLASS_WIDTH : k.endAge();
            count[c] = k.count();
            sum += k.count();
        }
        if (!(sum > 0)) {
            throw new IllegalArgumentException("an age distribution needs a positive total");
        }
        total = sum;
    }

    /**
     * Share of practitioners who will have reached {@code retirementAge} within {@code years}, in [0, 1].
     */
    double leaving(int retirementAge, int years) {
        double from = retirementAge - years;
        double leaving = 0;
        for (int c = 0; c < count.length; c++) {
            double share = (end[c] - from) / (end[c] - start[c]);
            leaving += count[c] * Math.max(0, Math.min(1, share));
        }
        return leaving / total;
    }

    /** Practitioners counted, all classes. */
    double total() {
        return total;
    }
}
