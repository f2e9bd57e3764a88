package fr.oasis.accessibility;

import fr.oasis.provenance.DataKind;
import fr.oasis.provenance.DataVersions;
import fr.oasis.provenance.KeptPerVersion;
import org.springframework.stereotype.Component;

/**
 * The current {@link ScenarioInputs}, kept while the territories and the road network do not
 * change (their data versions), so that the catchment is transposed once, not per scenario. The
 * {@link SupplySupplement}s on are read at each use (they follow their own data).
 * Thread-safe.
 */
@Component
public class ScenarioModels {
    private final AccessibilityModels models;
    private final KeptPerVersion<ScenarioInputs> current;
    private final Supplements supplements;

    ScenarioModels(AccessibilityModels models, DataVersions versions,
                   org.springframework.beans.factory.ObjectProvider<SupplySupplement> supplements) {
        this.models = models;
        this.supplements = new Supplements(supplements.orderedStream().toList());
        this.current = new KeptPerVersion<>(versions, DataKind.TERRITORIES, DataKind.NETWORK);
    }

    /** Built once per version by one caller (routing may take seconds on a fresh start). */
    public ScenarioInputs current() {
        return current.get(() -> new ScenarioInputs(models.current(), supplements));
    }
}
