package fr.oasis.accessibility.engine;

/**
 * APL per commune with everything needed to explain a figure: the step-1 ratios and reached
 * demand, the demand and supply used (with their age weights, age limit and activity rule), the
 * steps and the travel-time model, and the counts.
 *
 * <p>Unit: the supply's unit per standardised inhabitant (consultations/year/inhabitant for
 * general practitioners with {@link ActivityRule#NONE}). Arrays are not copied: do not modify.
 * Immutable by convention, thread-safe.
 */
public final class AplResult {

    private static final double RELATIVE_TOLERANCE = 1e-9;

    private final double[] apl;
    private final double[] ratio;
    private final double[] reachedDemand;
    private final Demand demand;
    private final Supply supply;
    private final StepWeights steps;
    private final String travelTime;
    private final long pairs;
    private final int unservedSupplyCommunes;
    private final double unservedSupply;

    AplResult(double[] apl, double[] ratio, double[] reachedDemand, Demand demand, Supply supply, StepWeights steps,
              String travelTime, long pairs, int unservedSupplyCommunes, double unservedSupply) {
        this.apl = apl;
        this.ratio = ratio;
        this.reachedDemand = reachedDemand;
        this.demand = demand;
        this.supply = supply;
        this.steps = steps;
        this.travelTime = travelTime;
        this.pairs = pairs;
        this.unservedSupplyCommunes = unservedSupplyCommunes;
        this.unservedSupply = unservedSupply;
    }

    /** APL per commune. */
    public double[] apl() {
        return apl;
    }

    /** Step-1 ratio {@code R_j} per commune (0 without supply or with unserved supply). */
    public double[] ratio() {
        return ratio;
    }

    /** Step-1 denominator {@code Σ_k W(t_kj) · D_k} per commune (computed for every commune). */
    public double[] reachedDemand() {
        return reachedDemand;
    }

    public Demand demand() {
        return demand;
    }

    public Supply supply() {
        return supply;
    }

    public StepWeights steps() {
        return steps;
    }

    public String travelTime() {
        return travelTime;
    }

    public boolean ageStandardised() {
        return demand.ageStandardised();
    }

    /** Ordered commune pairs within the zero point, diagonal included. */
    public long pairs() {
        return pairs;
    }

    /** Communes whose supply reaches no demand (their R_j is 0). */
    public int unservedSupplyCommunes() {
        return unservedSupplyCommunes;
    }

    /** Total supply of those communes. */
    public double unservedSupply() {
        return unservedSupply;
    }

    /**
     * Checks that every APL and ratio is finite and {@code >= 0}, and the conservation law
     * {@code Σ_i D_i · APL_i = Σ_j S_j − unserved supply} to a relative 1e-9 (every unit of
     * supply that reaches demand is shared out exactly once).
     *
     * @throws IllegalStateException naming the first violation
     */
    public AplResult checkInvariants() {
        for (int i = 0; i < apl.length; i++) {
            if (!(apl[i] >= 0) || Double.isInfinite(apl[i]) || !(ratio[i] >= 0) || Double.isInfinite(ratio[i])) {
                throw new IllegalStateException("apl: commune " + i + " has APL " + apl[i] + " and ratio " + ratio[i]);
            }
        }
        double[] d = demand.values();
        double accessible = 0;
        for (int i = 0; i < apl.length; i++) {
            accessible += d[i] * apl[i];
        }
        double shared = supply.total() - unservedSupply;
        if (Math.abs(accessible - shared) > RELATIVE_TOLERANCE * Math.max(Math.abs(shared), Math.abs(accessible))) {
            throw new IllegalStateException("apl: conservation broken, Σ D·APL = " + accessible
                    + " but Σ S − unserved = " + shared);
        }
        return this;
    }

    /** The parameters behind the figures, one per line. */
    public String explain() {
        return "APL = Σ_j W(t_ij)·R_j, R_j = S_j / Σ_k W(t_kj)·D_k (E2SFCA)\n"
                + "steps (minutes:weight, bounds inclusive): " + steps + "\n"
                + "travel time: " + travelTime + "\n"
                + demand.describe() + "\n"
                + supply.describe() + "\n"
                + "pairs within " + steps.zeroPoint() + " min: " + pairs + "; unserved supply: "
                + unservedSupplyCommunes + " communes, " + unservedSupply + "\n";
    }
}
