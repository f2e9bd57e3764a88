package fr.oasis.prospective.scenario;

import fr.oasis.accessibility.AplVariant;
import fr.oasis.accessibility.ScenarioInputs;
import fr.oasis.practitioner.Profession;
import fr.oasis.provenance.Provenance;

/**
 * The supply a scenario starts from: per profession, supply and practitioners per commune in
 * the commune order of {@code accessibility.ScenarioInputs}. The current situation is
 * {@link CurrentBaseline}; another module may feed a projected one (e.g. after retirements), as
 * the evaluation is a function of (baseline, changes) only. Implementations are immutable and
 * thread-safe; arrays are not copied and must not be modified.
 */
public interface SupplyBaseline {

    /** Identity for caches: two baselines with equal keys have equal supplies. */
    String key();

    /** French label, e.g. "situation actuelle". */
    String label();

    /** Source and millésime of the practitioners behind the supply. */
    Provenance provenance();

    /** Which practitioners count. */
    AplVariant variant();

    /**
     * Supply per commune counted in the APL, in the profession's activity unit after its floor and
     * cap (for the current situation: with the supplements the stored APL counts, e.g. mobile units).
     */
    double[] supply(Profession profession);

    /**
     * Supply of the practitioners alone (their practices: a mobile unit's stop is not one), what
     * the time to the nearest practitioner searches and a departure takes from; {@link #supply} by default.
     */
    default double[] practiceSupply(Profession profession) {
        return supply(profession);
    }

    /** The APL unit shown with this baseline (with the label of any supplement its supply counts). */
    default String aplUnit(ScenarioInputs inputs, Profession profession) {
        return inputs.aplUnit(profession);
    }

    /** Practitioners per commune (whole numbers, possibly expected values for a projection). */
    double[] practitioners(Profession profession);

    /** Whether the supply is an estimate (expected values), to be said so on screen. */
    default boolean estimate() {
        return false;
    }
}
