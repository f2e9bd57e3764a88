package fr.oasis.report;

import fr.oasis.importer.ImportCompleted;
import fr.oasis.practitioner.PractitionerQueries;
import fr.oasis.practitioner.PractitionerVintageView;
import fr.oasis.territory.TerritoryLevel;
import fr.oasis.territory.TerritoryQueries;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The commune table and the practitioner counts that reports sum, read once and kept until the
 * next import: a report then costs sums over its communes, not a read of every commune and
 * practitioner (about 100 ms on Grand Est). Thread-safe: the kept values are immutable and
 * replaced whole; a report built during an import may still use the previous ones.
 */
@Component
class ReportInputs {
    private final TerritoryQueries territories;
    private final PractitionerQueries practitioners;
    private volatile CommuneTable communes;
    private volatile PractitionerCounts counts;

    ReportInputs(TerritoryQueries territories, PractitionerQueries practitioners) {
        this.territories = territories;
        this.practitioners = practitioners;
    }

    CommuneTable communes() {
        CommuneTable table = communes;
        if (table == null) {
            Map<TerritoryLevel, Map<String, String>> names = new EnumMap<>(TerritoryLevel.class);
            for (TerritoryLevel level : TerritoryLevel.values()) {
                names.put(level, territories.names(level));
            }
            table = CommuneTable.of(territories.communePoints(), territories.populationByAge(),
                    territories.figures(TerritoryLevel.COMMUNE), names, territories.provenance().orElse(null),
                    territories.censusProvenance().orElse(null));
            communes = table;
        }
        return table;
    }

    /** Counts of the latest practitioner vintage; empty before any practitioner import. */
    Optional<PractitionerCounts> practitioners() {
        Optional<PractitionerVintageView> latest = practitioners.latestVintage();
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        PractitionerCounts kept = counts;
        if (kept == null || kept.vintage().id() != latest.get().id()) {
            kept = new PractitionerCounts(latest.get(), practitioners.practitioners(latest.get().id()));
            counts = kept;
        }
        return Optional.of(kept);
    }

    @EventListener
    void onImport(ImportCompleted event) {
        communes = null;
        counts = null;
    }
}
