package fr.oasis.importer.source;

import java.nio.file.Path;

/**
 * Reads one published file format into typed records. Adding a data source means adding one
 * implementation and one test fixture.
 * <p>
 * Implementations are immutable and thread-safe.
 *
 * @param <T> the record type produced
 */
public interface SourceReader<T> {

    /** A short, stable name of the format, e.g. {@code "geojson-communes"}, for logs and the UI. */
    String format();

    /**
     * Tells whether this reader recognises the file, from its extension and a sniff of its first
     * kilobytes. Never throws: an unreadable file is simply not recognised.
     */
    boolean canRead(Path file);

    /**
     * Reads the whole file.
     *
     * @throws fr.oasis.importer.problem.ImportException if the file is too large, unreadable or holds any
     *                                           error; it lists up to the configured number of problems
     */
    ReadResult<T> read(Path file);

    /**
     * Reads the whole file, knowing the millésime the manifest gives it. Only formats whose files
     * may not state their year use it (as a fallback, with a warning); the others ignore it, and the
     * import only checks it against the year the file states.
     */
    default ReadResult<T> read(Path file, int manifestVintage) {
        return read(file);
    }

    /**
     * True when the records count units rather than describe them one by one (INSEE BPE: n
     * practitioners of a commune become n records without position, activity or age); a
     * practitioner vintage read this way is flagged count-based. False for most formats.
     */
    default boolean countsOnly() {
        return false;
    }
}
