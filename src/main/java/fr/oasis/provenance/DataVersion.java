package fr.oasis.provenance;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The versions of every {@link DataKind} as read at one moment. Immutable.
 */
public final class DataVersion {
    private final Map<DataKind, Long> versions;

    public DataVersion(Map<DataKind, Long> versions) {
        EnumMap<DataKind, Long> copy = new EnumMap<>(DataKind.class);
        for (DataKind kind : DataKind.values()) {
            copy.put(kind, versions.getOrDefault(kind, 0L));
        }
        this.versions = copy;
    }

    public long of(DataKind kind) {
        return versions.get(kind);
    }

    /** The versions of {@code kinds}, in their order: what a cache derived from them keys on. */
    public List<Long> stamp(DataKind... kinds) {
        List<Long> stamp = new ArrayList<>(kinds.length);
        for (DataKind kind : kinds) {
            stamp.add(versions.get(kind));
        }
        return List.copyOf(stamp);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DataVersion other && versions.equals(other.versions);
    }

    @Override
    public int hashCode() {
        return versions.hashCode();
    }

    @Override
    public String toString() {
        return versions.toString();
    }
}
