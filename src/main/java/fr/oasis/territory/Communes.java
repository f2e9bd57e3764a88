package fr.oasis.territory;

import fr.oasis.provenance.DataKind;
import fr.oasis.provenance.DataVersions;
import fr.oasis.provenance.KeptPerVersion;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Gives the current {@link CommuneTable}, in two forms kept per data version and shared by every
 * reader until an import or a portal edit (by this instance, another one or the {@code import}
 * command) changes the versions:
 * <ul>
 *   <li>{@link #withoutGroupings()}: the communes and the administrative levels, read from the
 *       database once per {@link DataKind#TERRITORIES} version; what a value kept on that version
 *       alone computes from (the APL model, practitioner points...);</li>
 *   <li>{@link #table()}: the same with the grouping memberships and names (TVS, CPTS...), derived
 *       from the first in a few milliseconds when only {@link DataKind#GROUPINGS} moves, so that a
 *       CPTS created in the portal does not read every commune again.</li>
 * </ul>
 * Thread-safe.
 */
@Service
public class Communes {
    private final TerritoryQueries territories;
    private final GroupingQueries groupings;
    private final KeptPerVersion<CommuneTable> administrative;
    private final KeptPerVersion<CommuneTable> table;

    Communes(TerritoryQueries territories, GroupingQueries groupings, DataVersions versions) {
        this.territories = territories;
        this.groupings = groupings;
        this.administrative = new KeptPerVersion<>(versions, DataKind.TERRITORIES);
        this.table = new KeptPerVersion<>(versions, KeptPerLevel.allLevels());
    }

    /** The commune table of the stored territory with its groupings, as of the last version check. */
    public CommuneTable table() {
        return table.get(() -> {
            Map<TerritoryLevel, Map<String, String>> names = new EnumMap<>(TerritoryLevel.class);
            for (TerritoryLevel level : TerritoryLevel.groupings()) {
                names.put(level, territories.names(level));
            }
            return withoutGroupings().withGroupings(groupings.groupsByCommune(), names);
        });
    }

    /**
     * The commune table without any grouping (no membership, no name of a grouping level): it
     * changes only with the territory data version.
     */
    public CommuneTable withoutGroupings() {
        return administrative.getStamped(stamp -> read(stamp.get(0)));
    }

    private CommuneTable read(long version) {
        Map<TerritoryLevel, Map<String, String>> names = new EnumMap<>(TerritoryLevel.class);
        for (TerritoryLevel level : TerritoryLevel.administrative()) {
            names.put(level, territories.names(level));
        }
        Map<String, Double> areas = new java.util.HashMap<>();
        List<TerritoryView.Figures> figures = territories.figures(TerritoryLevel.COMMUNE);
        figures.forEach(f -> {
            if (f.areaKm2() != null) {
                areas.put(f.code(), f.areaKm2());
            }
        });
        TerritoryQueries.CensusBands census = territories.censusBands();
        return new CommuneTable(version, territories.communePoints(false), census.bands(), census.year(), areas, names,
                territories.provenance().orElse(null), territories.censusProvenance().orElse(null));
    }
}
