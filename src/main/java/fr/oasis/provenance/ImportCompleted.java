package fr.oasis.provenance;

/**
 * Published in the importing process after an import committed, so that work that must follow
 * it there (recomputing the APL runs) starts at once. Caches do not listen to it: they compare
 * the {@link DataVersions} they were built from, which also sees imports made by other processes.
 *
 * @param kind what was imported
 */
public record ImportCompleted(DataKind kind) {
}
