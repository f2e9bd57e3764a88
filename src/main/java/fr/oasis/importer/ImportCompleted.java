package fr.oasis.importer;

/**
 * Published after an import committed, so that derived data (map layer caches, accessibility
 * results) are rebuilt by their own modules instead of being called from here.
 *
 * @param kind what was imported, e.g. "territories"
 */
public record ImportCompleted(String kind) {
}
