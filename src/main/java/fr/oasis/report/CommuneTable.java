package fr.oasis.report;

import fr.oasis.provenance.Provenance;
import fr.oasis.territory.TerritoryLevel;
import fr.oasis.territory.TerritoryView;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * The report's names for the one commune table ({@link fr.oasis.territory.CommuneTable}): the
 * same immutable data, nothing re-read or copied.
 *
 * @param source the territory module's table this view reads
 */
record CommuneTable(fr.oasis.territory.CommuneTable source) {

    static CommuneTable of(fr.oasis.territory.CommuneTable source) {
        return new CommuneTable(source);
    }

    /** The communes by code, in code order. */
    Map<String, TerritoryView.CommunePoint> communes() {
        return source.byCode();
    }

    /** Census population per age band (latest census), by commune; absent when not covered. */
    Map<String, double[]> bands() {
        return source.bands();
    }

    /** km², by commune. */
    Map<String, Double> areas() {
        return source.areas();
    }

    /** Provenance of the territories (null before any import). */
    Provenance territory() {
        return source.territoryProvenance();
    }

    /** Provenance of the census by age (null when none was imported). */
    Provenance census() {
        return source.censusProvenance();
    }

    Set<String> communesOf(TerritoryLevel level, String code) {
        return source.communesOf(level, code);
    }

    String name(TerritoryLevel level, String code) {
        return source.name(level, code);
    }

    String mainParent(Collection<String> communeCodes, TerritoryLevel level) {
        return source.mainParent(communeCodes, level);
    }
}
