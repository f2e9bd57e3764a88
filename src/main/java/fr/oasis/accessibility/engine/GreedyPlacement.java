package fr.oasis.accessibility.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * "Where should k new practitioners settle?": picks communes one at a time, each time the one
 * whose installation reduces most the chosen {@link Objective}, then applies it with the
 * incremental recompute ({@link AplScenario}) before the next pick. A commune may be picked
 * more than once (two practitioners in one place).
 *
 * <p>Objectives, with {@code T} the APL threshold (engine units) and {@code P_i} the population:
 * <ul>
 * <li>{@link Objective#POPULATION_BELOW}: {@code Σ_i P_i [APL_i < T]};</li>
 * <li>{@link Objective#WEIGHTED_DEFICIT}: {@code Σ_i P_i max(0, T - APL_i)}.</li>
 * </ul>
 * The gain of installing supply {@code s} in {@code j} is computed exactly from the catchment
 * of {@code j}: {@code APL_i} grows by {@code W(t_ij) s / Σ_k W(t_kj) D_k}. Ties on the primary
 * gain (typically no commune crosses the threshold with one practitioner) are broken by the
 * deficit reduction, then by the lowest index, so the search still moves towards the threshold.
 *
 * <p>Only candidates that reach some inhabited commune below {@code T} are evaluated (the others
 * gain nothing): one step costs O(Σ catchments of those candidates). The search stops early,
 * with fewer steps, once no candidate reaches anyone below {@code T}. Greedy, so not always
 * optimal for k > 1 (the objective is not submodular at the threshold).
 *
 * <p>Mutable, not thread-safe: one instance per request.
 */
public final class GreedyPlacement {

    /** What a placement should reduce. */
    public enum Objective { POPULATION_BELOW, WEIGHTED_DEFICIT }

    /**
     * One pick.
     *
     * @param commune        index of the commune chosen
     * @param gain           reduction of the objective by this pick (population, or population × APL units)
     * @param deficitGain    reduction of the weighted deficit by this pick (the tie-breaker)
     * @param objectiveAfter objective once this pick is applied
     */
    public record Step(int commune, double gain, double deficitGain, double objectiveAfter) {
    }

    /**
     * @param objectiveBefore objective before any pick
     * @param steps           picks in order; fewer than asked when nobody below the threshold was reachable
     * @param evaluated       candidate evaluations done, all steps together
     */
    public record Result(double objectiveBefore, List<Step> steps, long evaluated) {
    }

    private final Catchment forward;
    private final Catchment reaching;
    private final StepWeights steps;
    private final AplResult base;
    private final double[] population;

    /**
     * @param catchment  the catchment the base was computed on
     * @param base       the APL before any installation
     * @param population inhabitants per commune (what the objectives count)
     */
    public GreedyPlacement(Catchment catchment, AplResult base, double[] population) {
        if (population.length != catchment.size()) {
            throw new IllegalArgumentException("placement: " + population.length + " populations for "
                    + catchment.size() + " communes");
        }
        this.forward = catchment;
        this.reaching = catchment.transpose();
        this.steps = base.steps();
        this.base = base;
        this.population = population;
    }

    /**
     * @param supplyEach supply one practitioner adds (engine units), {@code > 0}
     * @param k          practitioners to place, {@code >= 1}
     * @param threshold  APL threshold in engine units
     * @param candidates allowed communes, or null for every commune
     * @param stop       polled between candidates; when it says true the search throws
     * @throws IllegalStateException when {@code stop} fired (the caller maps it to its own limit)
     */
    public Result place(double supplyEach, int k, double threshold, Objective objective, boolean[] candidates,
                        BooleanSupplier stop) {
        if (!(supplyEach > 0) || k < 1 || !(threshold > 0)) {
            throw new IllegalArgumentException("placement: supply " + supplyEach + ", k " + k + ", threshold " + threshold);
        }
        int n = population.length;
        AplScenario scenario = new AplScenario(forward, base);
        double[] apl = base.apl().clone();
        double objectiveBefore = objective(apl, threshold, objective);
        List<Step> picks = new ArrayList<>();
        long evaluated = 0;
        int[] offsets = reaching.offsets();
        int[] origins = reaching.targets();
        double[] minutes = reaching.minutes();
        double[] reached = base.reachedDemand();
        boolean[] touched = new boolean[n];
        for (int step = 0; step < k; step++) {
            int[] pool = touchingBelow(apl, threshold, candidates, touched);
            int best = -1;
            double bestGain = 0;
            double bestDeficit = 0;
            for (int j : pool) {
                if (stop.getAsBoolean()) {
                    throw new IllegalStateException("placement stopped");
                }
                evaluated++;
                double deltaRatio = supplyEach / reached[j];
                double gain = 0;
                double deficit = 0;
                for (int p = offsets[j]; p < offsets[j + 1]; p++) {
                    double w = steps.weight(minutes[p]);
                    int i = origins[p];
                    double a = apl[i];
                    if (w > 0 && a < threshold) {
                        double after = a + w * deltaRatio;
                        deficit += population[i] * (threshold - a - Math.max(0, threshold - after));
                        if (after >= threshold) {
                            gain += population[i];
                        }
                    }
                }
                double primary = objective == Objective.POPULATION_BELOW ? gain : deficit;
                if (best < 0 || primary > bestGain || (primary == bestGain && deficit > bestDeficit)) {
                    best = j;
                    bestGain = primary;
                    bestDeficit = deficit;
                }
            }
            if (best < 0) {
                break;
            }
            for (AplChange c : scenario.changeSupply(best, supplyEach)) {
                apl[c.commune()] = c.after();
            }
            picks.add(new Step(best, bestGain, bestDeficit, objective(apl, threshold, objective)));
        }
        return new Result(objectiveBefore, List.copyOf(picks), evaluated);
    }

    /** Candidates (in index order) within the catchment of an inhabited commune below the threshold. */
    private int[] touchingBelow(double[] apl, double threshold, boolean[] candidates, boolean[] touched) {
        java.util.Arrays.fill(touched, false);
        int[] offsets = forward.offsets();
        int[] targets = forward.targets();
        double[] minutes = forward.minutes();
        int count = 0;
        for (int i = 0; i < apl.length; i++) {
            if (apl[i] < threshold && population[i] > 0) {
                for (int p = offsets[i]; p < offsets[i + 1]; p++) {
                    int j = targets[p];
                    if (!touched[j] && steps.weight(minutes[p]) > 0 && base.reachedDemand()[j] > 0
                            && (candidates == null || candidates[j])) {
                        touched[j] = true;
                        count++;
                    }
                }
            }
        }
        int[] pool = new int[count];
        for (int j = 0, c = 0; j < touched.length; j++) {
            if (touched[j]) {
                pool[c++] = j;
            }
        }
        return pool;
    }

    /** The objective's value for these APL values. */
    public double objective(double[] apl, double threshold, Objective objective) {
        double sum = 0;
        for (int i = 0; i < apl.length; i++) {
            if (apl[i] < threshold) {
                sum += objective == Objective.POPULATION_BELOW ? population[i] : population[i] * (threshold - apl[i]);
            }
        }
        return sum;
    }
}
