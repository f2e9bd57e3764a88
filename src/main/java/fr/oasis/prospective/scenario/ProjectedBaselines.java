package fr.oasis.prospective.scenario;

import fr.oasis.accessibility.AplVariant;

/**
 * Baselines projected some years ahead (e.g. after the estimated retirements), given by another
 * module so that a scenario's installations can be tried on the situation "dans N ans" without
 * this package knowing how the projection is made. Implementations are thread-safe.
 */
public interface ProjectedBaselines {

    /**
     * The situation after {@code years} (already checked: 1 to 15), in the commune order of
     * {@code accessibility.ScenarioInputs}.
     *
     * @throws IllegalArgumentException (French) when the projection cannot serve this variant
     */
    SupplyBaseline after(int years, AplVariant variant);
}
