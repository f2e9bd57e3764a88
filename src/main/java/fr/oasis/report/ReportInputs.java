package fr.oasis.report;

import fr.oasis.territory.CommuneTable;
import fr.oasis.practitioner.PractitionerQueries;
import fr.oasis.practitioner.PractitionerVintageView;
import fr.oasis.territory.Communes;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The commune table and the practitioner counts that reports sum, read once and kept until the
 * next import: a report then costs sums over its communes, not a read of every commune and
 * practitioner (about 100 ms on Grand Est). Thread-safe: the kept values are immutable and
 * replaced whole; a report built during an import may still use the previous ones.
 */
@Component
class ReportInputs {
    private final Communes communes;
    private final PractitionerQueries practitioners;
    private volatile PractitionerCounts counts;
    private volatile List<PractitionerCounts> history = List.of();

    ReportInputs(Communes communes, PractitionerQueries practitioners) {
        this.communes = communes;
        this.practitioners = practitioners;
    }

    /** The one commune table ({@link Communes}), of the current data version. */
    CommuneTable communes() {
        return communes.table();
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

    /**
     * Counts of the {@link PractitionerVintageTable#MAX_VINTAGES} most recent vintages, oldest
     * millésime first (the latest's counts are those of {@link #practitioners()}); kept until a
     * vintage is added or removed. Empty before any practitioner import.
     */
    List<PractitionerCounts> vintageCounts() {
        List<PractitionerVintageView> recent = practitioners.vintages().stream()
                .limit(PractitionerVintageTable.MAX_VINTAGES).toList();
        List<PractitionerCounts> kept = history;
        if (kept.stream().map(c -> c.vintage().id()).toList()
                .equals(recent.stream().map(PractitionerVintageView::id).toList())) {
            return kept;
        }
        Optional<PractitionerCounts> latest = practitioners();
        kept = recent.stream().map(v -> latest.isPresent() && latest.get().vintage().id() == v.id() ? latest.get()
                : new PractitionerCounts(v, practitioners.practitioners(v.id()))).toList();
        history = kept;
        return kept;
    }
}
