package fr.oasis.territory;

import fr.oasis.provenance.DataKind;
import fr.oasis.provenance.DataVersions;
import fr.oasis.provenance.KeptPerVersion;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Gives the current {@link CommuneTable}: read from the database once per territory data
 * version and shared by every reader until a territory import (by this instance, another one or
 * the {@code import} command) changes the version. Thread-safe.
 */
@Service
public class Communes {
    private final TerritoryQueries territories;
    private final KeptPerVersion<CommuneTable> table;

    Communes(TerritoryQueries territories, DataVersions versions) {
        this.territories = territories;
        this.table = new KeptPerVersion<>(versions, DataKind.TERRITORIES);
    }

    /** The commune table of the stored territory as of the last version check. */
    public CommuneTable table() {
        return table.getStamped(stamp -> read(stamp.get(0)));
    }

    private CommuneTable read(long version) {
        Map<TerritoryLevel, Map<String, String>> names = new EnumMap<>(TerritoryLevel.class);
        for (TerritoryLevel level : TerritoryLevel.values()) {
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
        return new CommuneTable(version, territories.communePoints(), census.bands(), census.year(), areas, names,
                territories.provenance().orElse(null), territories.censusProvenance().orElse(null));
    }
}
