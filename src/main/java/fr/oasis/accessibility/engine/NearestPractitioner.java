package fr.oasis.accessibility.engine;

/**
 * Travel time from each commune to the nearest commune with supply ({@code S_j > 0}, itself
 * included at 0 minutes), and the population living beyond given times (by default 10, 20 and
 * 30 minutes), also for the 75+ band when it is known. "Beyond" is strict: {@code t > x}.
 *
 * <p>Times come from any {@link TravelTimeModel} through {@link TravelTimeModel#nearest}: a ring
 * search on a grid as the crow flies, a multi-source Dijkstra by road, a scan of an OD table.
 * The search is not bounded by the APL's 20 minutes. Time is {@link TravelTimeModel#UNREACHED}
 * when no commune with supply can be reached (none at all, or an unsnapped commune by road):
 * such a commune counts as beyond every threshold.
 *
 * <p>Immutable, thread-safe.
 */
public final class NearestPractitioner {

    /** Default thresholds, minutes. */
    public static final double[] DEFAULT_THRESHOLDS = {10, 20, 30};

    private final TravelTimeModel times;

    public NearestPractitioner(TravelTimeModel times) {
        this.times = times;
    }

    /**
     * Result of {@link #compute}.
     *
     * @param minutes               per commune, time to the nearest supply, or UNREACHED
     * @param nearest               per commune, index of that commune, or -1
     * @param thresholds            minutes
     * @param populationBeyond      per threshold, population with {@code minutes > threshold}
     * @param population75Beyond    same for the 75+ band, or null when bands are unknown
     */
    public record Result(double[] minutes, int[] nearest, double[] thresholds,
                         double[] populationBeyond, double[] population75Beyond) {
    }

    /**
     * @param supply       supply per commune (only {@code > 0} matters)
     * @param population   total population per commune
     * @param population75 75+ population per commune, or null if unknown
     * @param thresholds   minutes, e.g. {@link #DEFAULT_THRESHOLDS}
     */
    public Result compute(double[] supply, double[] population, double[] population75, double[] thresholds) {
        int n = times.size();
        if (supply.length != n || population.length != n || (population75 != null && population75.length != n)) {
            throw new IllegalArgumentException("nearest practitioner: arrays must all have " + n + " communes");
        }
        int served = 0;
        for (double s : supply) {
            served += s > 0 ? 1 : 0;
        }
        int[] withSupply = new int[served];
        for (int j = 0, k = 0; j < n; j++) {
            if (supply[j] > 0) {
                withSupply[k++] = j;
            }
        }
        double[] minutes = new double[n];
        int[] nearest = new int[n];
        times.nearest(withSupply, minutes, nearest);
        return result(minutes, nearest, population, population75, thresholds);
    }

    /**
     * The result of {@link #compute} on {@code supplyAfter}, obtained from {@code before} (computed
     * on {@code supplyBefore} with the same populations and thresholds) by searching again only
     * where a time can move: from each commune whose nearest supply disappears, until the first
     * commune still with supply ({@link TravelTimeModel#nearestFrom}); then, from each commune
     * gaining its first practitioner, towards it up to the largest time left
     * ({@link TravelTimeModel#towards}), keeping the smaller time. Times equal those of
     * {@link #compute} (to the last bits of a sum taken in another order); on a tie the nearest
     * commune may be another one at the same time.
     *
     * @param changed the communes whose supply may differ (others must be equal in both arrays)
     */
    public Result update(Result before, double[] supplyBefore, double[] supplyAfter, int[] changed,
                         double[] population, double[] population75) {
        int n = times.size();
        double[] minutes = before.minutes().clone();
        int[] nearest = before.nearest().clone();
        boolean[] isSource = new boolean[n];
        boolean[] lost = new boolean[n];
        boolean anyLost = false;
        for (int j = 0; j < n; j++) {
            isSource[j] = supplyAfter[j] > 0;
        }
        for (int j : changed) {
            lost[j] = supplyBefore[j] > 0 && !isSource[j];
            anyLost |= lost[j];
        }
        if (anyLost) {
            int[] affected = new int[n];
            int count = 0;
            for (int i = 0; i < n; i++) {
                if (nearest[i] >= 0 && lost[nearest[i]]) {
                    affected[count++] = i;
                }
            }
            int[] from = java.util.Arrays.copyOf(affected, count);
            double[] found = new double[count];
            int[] which = new int[count];
            times.nearestFrom(from, isSource, found, which);
            for (int k = 0; k < count; k++) {
                minutes[from[k]] = found[k];
                nearest[from[k]] = which[k];
            }
        }
        double bound = Double.NEGATIVE_INFINITY;
        for (double m : minutes) {
            bound = Double.isFinite(m) ? Math.max(bound, m) : bound;
        }
        bound = bound == Double.NEGATIVE_INFINITY ? Double.POSITIVE_INFINITY : bound;
        double[] towards = new double[n];
        boolean[] searched = new boolean[n];
        for (int g : changed) {
            if (!isSource[g] || supplyBefore[g] > 0 || searched[g]) { // not a gain, or listed twice
                continue;
            }
            searched[g] = true;
            times.towards(g, bound, towards);
            for (int i = 0; i < n; i++) {
                if (towards[i] < minutes[i]) {
                    minutes[i] = towards[i];
                    nearest[i] = g;
                }
            }
        }
        return result(minutes, nearest, population, population75, before.thresholds());
    }

    private static Result result(double[] minutes, int[] nearest, double[] population, double[] population75,
                                 double[] thresholds) {
        int n = minutes.length;
        double[] beyond = new double[thresholds.length];
        double[] beyond75 = population75 == null ? null : new double[thresholds.length];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < thresholds.length; k++) {
                if (minutes[i] > thresholds[k]) {
                    beyond[k] += population[i];
                    if (beyond75 != null) {
                        beyond75[k] += population75[i];
                    }
                }
            }
        }
        return new Result(minutes, nearest, thresholds.clone(), beyond, beyond75);
    }
}
