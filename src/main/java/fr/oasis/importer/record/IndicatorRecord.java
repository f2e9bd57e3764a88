package fr.oasis.importer.record;

import fr.oasis.indicator.store.Aggregation;

/**
 * One published indicator figure as read, with its definition repeated on every record (the
 * readers check that they agree). Numbers are null when missing or secret, never zero.
 *
 * @param indicator   id, {@code [a-z0-9]+}
 * @param scale       factor of a ratio (100 for a percentage), 1 otherwise
 * @param level       territory level key: commune, epci, departement or region
 * @param code        territory code as published (possibly of an older COG)
 * @param year        millésime of the figure
 * @param origin      "file#line N", for problems
 */
public record IndicatorRecord(String indicator, String label, String unit, Aggregation aggregation, double scale,
                              String level, String code, int year, Double value, Double numerator,
                              Double denominator, String origin) {

    /** The same figure under another territory code (re-keyed onto the current COG). */
    public IndicatorRecord withCode(String newCode) {
        return new IndicatorRecord(indicator, label, unit, aggregation, scale, level, newCode, year, value, numerator,
                denominator, origin);
    }
}
