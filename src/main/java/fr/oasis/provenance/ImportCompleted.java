package fr.oasis.provenance;

import java.util.EnumSet;
import java.util.Set;

/**
 * Published in the importing process after an import committed, so that work that must follow
 * it there (recomputing the APL runs) starts at once, once per import whatever the number of
 * kinds it changed. Caches do not listen to it: they compare the {@link DataVersions} they were
 * built from, which also sees imports made by other processes.
 *
 * @param kinds what the import changed, never empty
 */
public record ImportCompleted(Set<DataKind> kinds) {
    public ImportCompleted {
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("an import changes at least one kind of data");
        }
        kinds = Set.copyOf(EnumSet.copyOf(kinds));
    }

    public ImportCompleted(DataKind kind) {
        this(EnumSet.of(kind));
    }

    /** True when the import changed any of {@code inputs}. */
    public boolean changedAny(Set<DataKind> inputs) {
        return kinds.stream().anyMatch(inputs::contains);
    }
}
