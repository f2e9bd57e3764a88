package fr.oasis.prospective.scenario;

import fr.oasis.accessibility.AplVariant;
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

    /** Supply per commune, in the profession's activity unit after its floor and cap. */
    double[] supply(Profession profession);

    /** Practitioners per commune (whole numbers, possibly expected values for a projection). */
    double[] practitioners(Profession profession);

    /** Whether the supply is an estimate (expected values), to be said so on screen. */
    default boolean estimate() {
        return false;
    }
}
