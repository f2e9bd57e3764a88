package fr.oasis.territory;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The levels Oasis stores territories at: the four administrative levels, finest first, then the
 * <b>groupings</b> of communes (health territories: territoires de vie-santé, CPTS, CLS, PETR,
 * bassins de vie, other perimeters). A grouping level is a level like the others wherever one is
 * taken ({@code level=tvs}); its territories are made of member communes (see
 * {@link GroupingStore}), and figures are aggregated from those communes by each indicator's rule,
 * as for an EPCI. A grouping type that {@link #partitions()} gives each commune at most one group
 * (TVS, bassin de vie); the others may overlap, so a commune can belong to several groups of them
 * ({@link TerritoryView.CommunePoint#codesAt}).
 */
public enum TerritoryLevel {
    COMMUNE("commune", "Commune", Kind.ADMINISTRATIVE),
    EPCI("epci", "EPCI", Kind.ADMINISTRATIVE),
    DEPARTEMENT("departement", "Département", Kind.ADMINISTRATIVE),
    REGION("region", "Région", Kind.ADMINISTRATIVE),
    TVS("tvs", "Territoire de vie-santé", Kind.PARTITION),
    CPTS("cpts", "CPTS", Kind.OVERLAPPING),
    CLS("cls", "Contrat local de santé", Kind.OVERLAPPING),
    PETR("petr", "PETR", Kind.OVERLAPPING),
    BASSIN_VIE("bassin_vie", "Bassin de vie", Kind.PARTITION),
    PERIMETRE("perimetre", "Périmètre", Kind.OVERLAPPING);

    private enum Kind { ADMINISTRATIVE, PARTITION, OVERLAPPING }

    private static final List<TerritoryLevel> GROUPINGS = Arrays.stream(values()).filter(TerritoryLevel::grouping).toList();
    private static final List<TerritoryLevel> ADMINISTRATIVE = Arrays.stream(values()).filter(l -> !l.grouping()).toList();

    private final String key;
    private final String label;
    private final Kind kind;

    TerritoryLevel(String key, String label, Kind kind) {
        this.key = key;
        this.label = label;
        this.kind = kind;
    }

    /** The lower-case name used in URLs and JSON ("commune", "epci", "tvs"...). */
    public String key() {
        return key;
    }

    /** The French name of the level, singular ("Territoire de vie-santé"). */
    public String label() {
        return label;
    }

    /** Whether this level is a grouping of communes (TVS, CPTS...) rather than an administrative level. */
    public boolean grouping() {
        return kind != Kind.ADMINISTRATIVE;
    }

    /** Whether each commune belongs to at most one territory of this level (true for administrative levels). */
    public boolean partitions() {
        return kind != Kind.OVERLAPPING;
    }

    /** The grouping levels, in declaration order. */
    public static List<TerritoryLevel> groupings() {
        return GROUPINGS;
    }

    /** The four administrative levels, finest first. */
    public static List<TerritoryLevel> administrative() {
        return ADMINISTRATIVE;
    }

    /** @throws IllegalArgumentException naming the accepted values when {@code key} is unknown */
    public static TerritoryLevel fromKey(String key) {
        String wanted = key == null ? "" : key.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(l -> l.key.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown territory level '" + key + "' (expected "
                        + Arrays.stream(values()).map(TerritoryLevel::key).collect(Collectors.joining(", ")) + ")"));
    }
}
