package fr.oasis.provenance;

import java.util.List;
import java.util.function.Supplier;

/**
 * A value derived from stored data, kept in memory while the versions of the data kinds it is
 * derived from do not change, and built again (once, by one caller) when they do. Thread-safe:
 * the value must be immutable or safe for concurrent use (e.g. a {@code ConcurrentHashMap} of
 * results that is dropped whole with the versions).
 *
 * <p>The versions are read before the value is built, so a value built while an import commits
 * is at worst labelled older than it is and built again at the next check, never the reverse.
 *
 * @param <T> the derived value
 */
public final class KeptPerVersion<T> {
    private record Entry<T>(List<Long> stamp, T value) {
    }

    private final DataVersions versions;
    private final DataKind[] kinds;
    private volatile Entry<T> entry;

    public KeptPerVersion(DataVersions versions, DataKind... kinds) {
        if (kinds.length == 0) {
            throw new IllegalArgumentException("a kept value derives from at least one kind of data");
        }
        this.versions = versions;
        this.kinds = kinds.clone();
    }

    /** The kept value when its data did not change, otherwise {@code build}'s, kept. */
    public T get(Supplier<T> build) {
        return getStamped(stamp -> build.get());
    }

    /**
     * As {@link #get(Supplier)}, giving {@code build} the versions (in the order of the kinds given
     * at construction) the value will be kept for, so a value that carries its version names the
     * one it was checked against rather than a later read.
     */
    public T getStamped(java.util.function.Function<List<Long>, T> build) {
        List<Long> stamp = versions.current().stamp(kinds);
        Entry<T> kept = entry;
        if (kept != null && kept.stamp().equals(stamp)) {
            return kept.value();
        }
        synchronized (this) {
            kept = entry;
            if (kept != null && kept.stamp().equals(stamp)) {
                return kept.value();
            }
            T value = build.apply(stamp);
            entry = new Entry<>(stamp, value);
            return value;
        }
    }

    /** The versions the kept value was built from, or null before the first build. */
    public List<Long> stamp() {
        Entry<T> kept = entry;
        return kept == null ? null : kept.stamp();
    }
}
