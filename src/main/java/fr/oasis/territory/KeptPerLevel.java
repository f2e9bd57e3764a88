package fr.oasis.territory;

import fr.oasis.provenance.DataKind;
import fr.oasis.provenance.DataVersions;
import fr.oasis.provenance.KeptPerVersion;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The one rule of which data versions a value about a territory level derives from, and a value
 * kept per version on each side of it: the administrative levels (communes, EPCI, départements,
 * régions) derive from {@link DataKind#TERRITORIES}; the grouping levels (TVS, CPTS...) from
 * {@link DataKind#TERRITORIES} and {@link DataKind#GROUPINGS} (their members are communes, re-keyed
 * by a territory import); each with the other kinds a cache names. A CPTS created in the portal
 * thus drops what was kept for the grouping levels and keeps the commune and EPCI values.
 *
 * <p>Thread-safe as {@link KeptPerVersion}: {@code T} is typically a concurrent map of results
 * keyed by level (and more), one map per side.
 *
 * @param <T> the kept value
 */
public final class KeptPerLevel<T> {
    private final KeptPerVersion<T> administrative;
    private final KeptPerVersion<T> groupings;

    /** @param others the kinds the values derive from beyond the territories */
    public KeptPerLevel(DataVersions versions, DataKind... others) {
        this.administrative = new KeptPerVersion<>(versions, kinds(false, others));
        this.groupings = new KeptPerVersion<>(versions, kinds(true, others));
    }

    /** The value kept for the side of {@code level}, or {@code build}'s when its versions moved. */
    public T get(TerritoryLevel level, Supplier<T> build) {
        return (level.grouping() ? groupings : administrative).get(build);
    }

    /**
     * The kinds a value about {@code level} derives from: {@link DataKind#TERRITORIES}, plus
     * {@link DataKind#GROUPINGS} for a grouping level, plus {@code others}.
     */
    public static DataKind[] kinds(TerritoryLevel level, DataKind... others) {
        return kinds(level.grouping(), others);
    }

    /** The kinds of a value that covers every level, grouping levels included. */
    public static DataKind[] allLevels(DataKind... others) {
        return kinds(true, others);
    }

    static DataKind[] kinds(boolean grouping, DataKind... others) {
        Set<DataKind> kinds = new LinkedHashSet<>(grouping ? List.of(DataKind.TERRITORIES, DataKind.GROUPINGS)
                : List.of(DataKind.TERRITORIES));
        kinds.addAll(List.of(others));
        return kinds.toArray(DataKind[]::new);
    }
}
