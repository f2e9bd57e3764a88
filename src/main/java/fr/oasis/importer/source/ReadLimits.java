package fr.oasis.importer.source;

/**
 * Safety limits applied by every reader.
 *
 * @param maxBytes    files larger than this are refused before any parsing (a commune-level
 *                    national file is well under 100 MB; 512 MB leaves room for IRIS tables
 *                    while keeping a mistaken upload from exhausting the heap)
 * @param maxProblems errors collected per file before the reader gives up and throws
 */
public record ReadLimits(long maxBytes, int maxProblems) {
    public static final ReadLimits DEFAULT = new ReadLimits(512L * 1024 * 1024, 50);

    public ReadLimits {
        if (maxBytes <= 0 || maxProblems <= 0) {
            throw new IllegalArgumentException("limits must be positive: " + maxBytes + ", " + maxProblems);
        }
    }
}
