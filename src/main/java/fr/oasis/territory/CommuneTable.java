package fr.oasis.territory;

import fr.oasis.provenance.Provenance;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The one picture of the stored communes every module computes from: a dense index (communes
 * with a reference point, in code order), their names, reference points, populations, census age
 * bands, areas and parents at every level, the names of every territory, and the provenance of
 * territories and census. Read once per territory data version, and derived again cheaply with
 * new grouping memberships when only the groupings change ({@link #withGroupings}; see
 * {@link Communes}); immutable, so any number of requests share it.
 *
 * <p>Index {@code i} is the same in every array and in {@link #points()}: an engine input built
 * from this table needs no other numbering.
 */
public final class CommuneTable {
    private final long dataVersion;
    private final List<TerritoryView.CommunePoint> points;
    private final Map<String, Integer> index;
    private final Map<String, TerritoryView.CommunePoint> byCode;
    private final Map<String, double[]> bands;
    private final int censusYear;
    private final Map<String, Double> areas;
    private final Map<TerritoryLevel, Map<String, String>> names;
    private final Provenance territory;
    private final Provenance census;
    /** Per level, computed on first use from the immutable fields above (a cache, not state). */
    private final Map<TerritoryLevel, LevelIndex> levels = new java.util.concurrent.ConcurrentHashMap<>();

    CommuneTable(long dataVersion, List<TerritoryView.CommunePoint> points, Map<String, double[]> bands,
                 int censusYear, Map<String, Double> areas, Map<TerritoryLevel, Map<String, String>> names,
                 Provenance territory, Provenance census) {
        this.dataVersion = dataVersion;
        List<TerritoryView.CommunePoint> sorted = new ArrayList<>(points);
        sorted.sort(java.util.Comparator.comparing(TerritoryView.CommunePoint::code));
        this.points = List.copyOf(sorted);
        Map<String, Integer> index = new HashMap<>(sorted.size() * 2);
        for (int i = 0; i < sorted.size(); i++) {
            index.put(sorted.get(i).code(), i);
        }
        this.index = Collections.unmodifiableMap(index);
        this.byCode = byCode(this.points);
        this.bands = Collections.unmodifiableMap(new HashMap<>(bands));
        this.censusYear = censusYear;
        this.areas = Collections.unmodifiableMap(new HashMap<>(areas));
        EnumMap<TerritoryLevel, Map<String, String>> copy = new EnumMap<>(TerritoryLevel.class);
        names.forEach((level, byLevel) -> copy.put(level, Collections.unmodifiableMap(new HashMap<>(byLevel))));
        this.names = Collections.unmodifiableMap(copy);
        this.territory = territory;
        this.census = census;
    }

    /** The same communes with other grouping memberships and grouping names; shares everything else. */
    private CommuneTable(CommuneTable base, List<TerritoryView.CommunePoint> points,
                         Map<TerritoryLevel, Map<String, String>> names) {
        this.dataVersion = base.dataVersion;
        this.points = points;
        this.index = base.index;
        this.byCode = byCode(points);
        this.bands = base.bands;
        this.censusYear = base.censusYear;
        this.areas = base.areas;
        this.names = names;
        this.territory = base.territory;
        this.census = base.census;
    }

    private static Map<String, TerritoryView.CommunePoint> byCode(List<TerritoryView.CommunePoint> points) {
        Map<String, TerritoryView.CommunePoint> byCode = new LinkedHashMap<>(points.size() * 2);
        points.forEach(p -> byCode.put(p.code(), p));
        return Collections.unmodifiableMap(byCode);
    }

    /**
     * This table with the grouping memberships and names given (those of this table are dropped):
     * how {@link Communes} follows a grouping change without reading the communes again (a few
     * milliseconds for 5,000 communes; the census bands, areas and indexes are shared).
     *
     * @param groups        per commune code, its groups per grouping level (codes in code order)
     * @param groupingNames the names of the territories of each grouping level, by code
     */
    CommuneTable withGroupings(Map<String, Map<TerritoryLevel, List<String>>> groups,
                               Map<TerritoryLevel, Map<String, String>> groupingNames) {
        List<TerritoryView.CommunePoint> regrouped = new ArrayList<>(points.size());
        for (TerritoryView.CommunePoint c : points) {
            regrouped.add(c.withGroups(groups.get(c.code())));
        }
        EnumMap<TerritoryLevel, Map<String, String>> allNames = new EnumMap<>(TerritoryLevel.class);
        names.forEach((level, byLevel) -> {
            if (!level.grouping()) {
                allNames.put(level, byLevel);
            }
        });
        groupingNames.forEach((level, byLevel) -> {
            if (level.grouping()) {
                allNames.put(level, Collections.unmodifiableMap(new HashMap<>(byLevel)));
            }
        });
        return new CommuneTable(this, List.copyOf(regrouped), Collections.unmodifiableMap(allNames));
    }

    /** The territory data version this table was read at (0 before any import). */
    public long dataVersion() {
        return dataVersion;
    }

    public int size() {
        return points.size();
    }

    /** The communes with a reference point, in code order: position = dense index. */
    public List<TerritoryView.CommunePoint> points() {
        return points;
    }

    /** The dense index of a commune, or -1 when it is not stored (or has no reference point). */
    public int indexOf(String code) {
        Integer i = index.get(code);
        return i == null ? -1 : i;
    }

    /** The communes by code, in code order. */
    public Map<String, TerritoryView.CommunePoint> byCode() {
        return byCode;
    }

    /** Census population per age band (latest census) by commune; absent when not covered, empty without census. */
    public Map<String, double[]> bands() {
        return bands;
    }

    /** The census year of {@link #bands()}, 0 without census. */
    public int censusYear() {
        return censusYear;
    }

    /** Area in km² by commune (every stored commune, with or without reference point). */
    public Map<String, Double> areas() {
        return areas;
    }

    /** The names of every stored territory of {@code level}, by code. */
    public Map<String, String> names(TerritoryLevel level) {
        return names.getOrDefault(level, Map.of());
    }

    public String name(TerritoryLevel level, String code) {
        return names(level).get(code);
    }

    /** Provenance of the territories, null before any import. */
    public Provenance territoryProvenance() {
        return territory;
    }

    /** Provenance of the census by age, null when none was imported. */
    public Provenance censusProvenance() {
        return census;
    }

    /** The communes of a stored territory, in code order; empty when it has none. */
    public Set<String> communesOf(TerritoryLevel level, String code) {
        return new TreeSet<>(members(level).getOrDefault(code, List.of()));
    }

    /**
     * The communes of every territory of {@code level} that has some, by territory code, each list
     * in code order: indexed once per table and level, so a sum over one territory's communes
     * does not go through every commune.
     */
    public Map<String, List<String>> members(TerritoryLevel level) {
        return byLevel(level).members();
    }

    /**
     * The population of each territory of {@code level} (the sum of its communes' populations, 0
     * when unknown), by code: what weighted means weigh with. Summed once per table and level.
     */
    public Map<String, Double> populations(TerritoryLevel level) {
        return byLevel(level).populations();
    }

    /** The communes (in code order) and summed population of each territory of one level. */
    private record LevelIndex(Map<String, List<String>> members, Map<String, Double> populations) {
    }

    private LevelIndex byLevel(TerritoryLevel level) {
        return levels.computeIfAbsent(level, l -> {
            Map<String, List<String>> members = new HashMap<>();
            Map<String, Double> populations = new HashMap<>();
            for (TerritoryView.CommunePoint c : points) {
                for (String code : c.codesAt(l)) {
                    members.computeIfAbsent(code, k -> new ArrayList<>()).add(c.code());
                    populations.merge(code, (double) c.population(), Double::sum);
                }
            }
            members.replaceAll((code, list) -> List.copyOf(list));
            return new LevelIndex(Collections.unmodifiableMap(members), Collections.unmodifiableMap(populations));
        });
    }

    /**
     * The groups of a grouping level (TVS, CPTS...) a commune belongs to, in code order: at most
     * one for a type that partitions the territory; empty for an unknown commune.
     */
    public List<String> groupsOf(String communeCode, TerritoryLevel level) {
        TerritoryView.CommunePoint c = byCode.get(communeCode);
        return c == null ? List.of() : c.codesAt(level);
    }

    /**
     * The parent of {@code level} holding most of the population of {@code communeCodes} (see
     * {@link MainParent}); null when none has one. Unknown codes are ignored.
     */
    public String mainParent(Collection<String> communeCodes, TerritoryLevel level) {
        return MainParent.of(communeCodes.stream().map(byCode::get).filter(Objects::nonNull).toList(), level);
    }
}
