package fr.oasis.practitioner;

import fr.oasis.provenance.Provenance;
import java.time.Instant;

/**
 * A stored practitioner vintage.
 *
 * @param countBased true when practitioners were placed from per-commune counts (BPE), so that
 *                   their positions, activities and ages are defaults, not observations
 */
public record PractitionerVintageView(long id, String sourceLabel, String sourceFormat, int vintage, boolean demo,
                                      boolean countBased, int practitioners, Instant importedAt) {

    public Provenance provenance() {
        return new Provenance(sourceLabel, vintage, demo);
    }

    /** What an import says about the vintage it creates. */
    public record New(String sourceLabel, String sourceFormat, int vintage, boolean demo, boolean countBased) {
    }
}
