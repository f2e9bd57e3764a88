package fr.oasis.accessibility;

import fr.oasis.provenance.Provenance;
import java.time.Instant;
import java.util.List;

/** Read models of the accessibility module, as the API serialises them. */
public final class AccessibilityView {
    private AccessibilityView() {
    }

    /**
     * A stored computation and its parameters.
     *
     * @param travelTime  how travel times were obtained, with their parameters
     * @param travelModel {@code road} or {@code crow-fly}
     * @param network     for {@code road}, the network's label and millésime; null for crow-fly
     */
    public record Run(long id, long vintageId, String profession, String variant, String unit, String travelTime,
                      String travelModel, Provenance network, String parameters, boolean ageStandardised,
                      double totalSupply, double unservedSupply, Instant computedAt) {
    }

    /**
     * Indicators of one territory. For EPCI, départements and régions the APL and the time are
     * population-weighted means of their communes; populations beyond N minutes are sums.
     *
     * @param apl                 APL in {@code unit}
     * @param nearestMinutes      (mean) time to the nearest practitioner, null when none exists
     * @param populationBeyond    population farther than 10, 20 and 30 minutes
     * @param population75Beyond  same for residents aged 75+, null without census age bands
     */
    public record TerritoryValue(String code, String name, int population, double apl, Double nearestMinutes,
                                 double[] populationBeyond, double[] population75Beyond) {
    }

    /**
     * The indicators of one level for one profession and variant, with their provenance.
     *
     * @param travelModel {@code road} or {@code crow-fly}: which the times and populations beyond are
     * @param network     the road network's label and millésime, null for crow-fly
     */
    public record Layer(String level, String profession, String professionLabel, String variant, String unit,
                        boolean ageStandardised, String travelTime, String travelModel, Provenance network,
                        double[] thresholdsMinutes, Provenance practitioners, Provenance territories,
                        List<TerritoryValue> values) {
    }

    /** How one commune's APL moves in a scenario. */
    public record Change(String code, String name, double before, double after) {
    }

    /** A scenario's answer: the communes whose APL changed, largest gain first. */
    public record ScenarioResult(String profession, String variant, String communeCode, double supplyAdded,
                                 String unit, List<Change> changes, long computeMicros) {
    }

    /**
     * The APL of one run per commune code, with the run that explains it. For a run computed on
     * demand and not stored, {@code run.id()} is 0.
     */
    public record RunValues(Run run, java.util.Map<String, Double> apl) {
        public RunValues {
            apl = java.util.Map.copyOf(apl);
        }
    }
}
