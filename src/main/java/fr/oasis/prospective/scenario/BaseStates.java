package fr.oasis.prospective.scenario;

import fr.oasis.accessibility.ScenarioInputs;
import fr.oasis.accessibility.engine.AplResult;
import fr.oasis.accessibility.engine.NearestPractitioner;
import fr.oasis.accessibility.engine.Supply;
import fr.oasis.limits.BoundedCache;
import fr.oasis.practitioner.Profession;
import org.springframework.stereotype.Component;

/**
 * The full computation of a baseline for one profession (APL and time to the nearest
 * practitioner), done once and kept, so that each scenario change only costs its catchment.
 * Keyed on {@link SupplyBaseline#key()} (which names the data versions it was built on) and the
 * profession; at most {@value #CAPACITY} kept. Thread-safe.
 */
@Component
class BaseStates {
    static final int CAPACITY = 96;
    private final BoundedCache<String, State> states = new BoundedCache<>(CAPACITY);

    /** A baseline computed in full: APL (unscaled ratio units) and nearest times. */
    record State(AplResult apl, NearestPractitioner.Result nearest) {
    }

    State of(ScenarioInputs inputs, SupplyBaseline baseline, Profession profession) {
        return states.get(baseline.key() + "|" + profession.key(), k -> compute(inputs, baseline, profession));
    }

    static State compute(ScenarioInputs inputs, SupplyBaseline baseline, Profession profession) {
        double[] supply = baseline.supply(profession);
        AplResult apl = inputs.calculator().compute(inputs.demand(), Supply.of(supply));
        NearestPractitioner.Result nearest = new NearestPractitioner(inputs.travelTimes()).compute(
                baseline.practiceSupply(profession),
                inputs.population(), inputs.population75(), NearestPractitioner.DEFAULT_THRESHOLDS);
        return new State(apl, nearest);
    }
}
