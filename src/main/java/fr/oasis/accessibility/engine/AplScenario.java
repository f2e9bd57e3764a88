package fr.oasis.accessibility.engine;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "What if" on the supply, updated incrementally from a computed base: "a practice with three
 * GPs opens in commune j" is {@code changeSupply(j, 3 * activity)}.
 *
 * <p>Why it is local: the step-1 denominator {@code Σ_k W(t_kj) D_k} does not depend on supply,
 * so a change {@code ΔS_j} changes only {@code R_j}, by {@code ΔR_j = ΔS_j / Σ_k W(t_kj) D_k},
 * and then {@code APL_i} by {@code W(t_ij) · ΔR_j} for the communes {@code i} reaching {@code j}.
 * One change costs O(catchment of j), walked in the transposed catchment built once by the
 * constructor (O(pairs)). Results equal a full recomputation up to rounding (≈1e-15 relative per
 * change; changes accumulate rounding, recompute after many thousands).
 *
 * <p>Supply in a commune reaching no demand stays unserved: the APL does not move and
 * {@link #unservedSupply()} follows. Mutable, not thread-safe.
 */
public final class AplScenario {

    private final Catchment reaching;
    private final StepWeights steps;
    private final AplResult base;
    private final double[] apl;
    private final double[] ratio;
    private final double[] supply;
    private int unservedCommunes;
    private double unservedSupply;

    /** @param catchment the catchment the base was computed on */
    public AplScenario(Catchment catchment, AplResult base) {
        this(base, catchment.transpose());
    }

    /**
     * A scenario on an already transposed catchment, so that callers answering many scenarios
     * transpose once (O(pairs)) instead of once per scenario.
     *
     * @param reaching {@code catchment.transpose()} of the catchment the base was computed on
     */
    public static AplScenario onTransposed(Catchment reaching, AplResult base) {
        if (reaching.size() != base.apl().length) {
            throw new IllegalArgumentException("scenario: catchment of " + reaching.size() + " communes for a base of "
                    + base.apl().length);
        }
        return new AplScenario(base, reaching);
    }

    private AplScenario(AplResult base, Catchment reaching) {
        this.reaching = reaching;
        this.steps = base.steps();
        this.base = base;
        this.apl = base.apl().clone();
        this.ratio = base.ratio().clone();
        this.supply = base.supply().values().clone();
        this.unservedCommunes = base.unservedSupplyCommunes();
        this.unservedSupply = base.unservedSupply();
    }

    /**
     * Changes the supply of commune {@code j} by {@code delta} (negative: practitioners leave).
     *
     * @return the communes whose APL changed, with before/after, in no particular order
     * @throws IllegalArgumentException if the supply would become negative
     */
    public List<AplChange> changeSupply(int j, double delta) {
        double before = supply[j];
        double after = before + delta;
        if (!(after >= 0) || Double.isInfinite(after)) {
            throw new IllegalArgumentException("scenario: supply of commune " + j + " would become " + after);
        }
        supply[j] = after;
        double reached = base.reachedDemand()[j];
        if (reached == 0) {
            // nobody to serve: R_j stays 0, only the unserved account moves
            unservedCommunes += (after > 0 ? 1 : 0) - (before > 0 ? 1 : 0);
            unservedSupply += after - before;
            return List.of();
        }
        double newRatio = after / reached; // exact 0 when the commune loses all supply
        double deltaRatio = newRatio - ratio[j];
        ratio[j] = newRatio;
        List<AplChange> changes = new ArrayList<>();
        if (deltaRatio == 0) {
            return changes;
        }
        int[] origins = reaching.targets();
        double[] minutes = reaching.minutes();
        for (int p = reaching.offsets()[j]; p < reaching.offsets()[j + 1]; p++) {
            double w = steps.weight(minutes[p]);
            if (w > 0) {
                int i = origins[p];
                double old = apl[i];
                // clamp: rounding must not leave a tiny negative APL when supply is removed
                apl[i] = Math.max(0.0, old + w * deltaRatio);
                changes.add(new AplChange(i, old, apl[i]));
            }
        }
        return changes;
    }

    /**
     * Applies several supply changes at once, all or nothing: {@code deltas[k]} is added to the
     * supply of commune {@code communes[k]} (a commune may appear several times; its deltas add
     * up). Each commune is recomputed once, on its catchment only.
     *
     * @return the distinct communes whose APL changed, ascending
     * @throws IllegalArgumentException if any supply would become negative or infinite; then
     *                                  nothing changed
     */
    public int[] changeSupplies(int[] communes, double[] deltas) {
        if (communes.length != deltas.length) {
            throw new IllegalArgumentException("scenario: " + communes.length + " communes for " + deltas.length + " deltas");
        }
        Map<Integer, Double> net = new LinkedHashMap<>();
        for (int k = 0; k < communes.length; k++) {
            if (communes[k] < 0 || communes[k] >= supply.length) {
                throw new IllegalArgumentException("scenario: commune index " + communes[k] + " out of range");
            }
            net.merge(communes[k], deltas[k], Double::sum);
        }
        for (var e : net.entrySet()) {
            double after = supply[e.getKey()] + e.getValue();
            if (!(after >= -1e-9 * Math.max(1, supply[e.getKey()])) || Double.isInfinite(after)) {
                throw new IllegalArgumentException("scenario: supply of commune " + e.getKey() + " would become " + after);
            }
        }
        BitSet touched = new BitSet(supply.length);
        for (var e : net.entrySet()) {
            int j = e.getKey();
            // a departure of everyone leaves exactly 0, not a rounding residue
            double delta = Math.max(e.getValue(), -supply[j]);
            for (AplChange change : changeSupply(j, delta)) {
                touched.set(change.commune());
            }
        }
        return touched.stream().toArray();
    }

    /** Current APL of commune i. */
    public double apl(int i) {
        return apl[i];
    }

    /** Current supply of commune j. */
    public double supply(int j) {
        return supply[j];
    }

    public double unservedSupply() {
        return unservedSupply;
    }

    /** The current state as a result (copies), e.g. to check its invariants. */
    public AplResult result() {
        return new AplResult(apl.clone(), ratio.clone(), base.reachedDemand(), base.demand(), Supply.of(supply),
                steps, base.travelTime(), base.pairs(), unservedCommunes, unservedSupply);
    }
}
