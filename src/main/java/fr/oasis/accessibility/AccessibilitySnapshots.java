package fr.oasis.accessibility;

import fr.oasis.practitioner.PractitionerQueries;
import fr.oasis.practitioner.PractitionerVintageView;
import fr.oasis.provenance.DataKind;
import fr.oasis.provenance.DataVersions;
import fr.oasis.provenance.KeptPerVersion;
import java.util.NoSuchElementException;
import org.springframework.stereotype.Component;

/**
 * Keeps the {@link AccessibilitySnapshot} of the latest practitioner vintage on the current model,
 * built again when territories, practitioners, the road network or services (the mobile units a
 * {@link SupplySupplement} may count) change (their data versions), so "what if" requests answer
 * from memory. Thread-safe.
 */
@Component
public class AccessibilitySnapshots {
    private final AccessibilityModels models;
    private final PractitionerQueries practitioners;
    private final Supplements supplements;
    private final KeptPerVersion<AccessibilitySnapshot> current;

    AccessibilitySnapshots(AccessibilityModels models, PractitionerQueries practitioners, DataVersions versions,
                           org.springframework.beans.factory.ObjectProvider<SupplySupplement> supplements) {
        this.models = models;
        this.practitioners = practitioners;
        this.supplements = new Supplements(supplements.orderedStream().toList());
        this.current = new KeptPerVersion<>(versions, DataKind.TERRITORIES, DataKind.PRACTITIONERS, DataKind.NETWORK,
                DataKind.SERVICES);
    }

    /** @throws NoSuchElementException (French message) when no practitioner vintage is stored yet */
    public AccessibilitySnapshot current() {
        return current.get(() -> {
            PractitionerVintageView vintage = practitioners.latestVintage()
                    .orElseThrow(() -> new NoSuchElementException("aucune donnée de praticiens n'est encore importée"));
            return new AccessibilitySnapshot(models.current(), vintage, practitioners.practitioners(vintage.id()),
                    supplements);
        });
    }
}
