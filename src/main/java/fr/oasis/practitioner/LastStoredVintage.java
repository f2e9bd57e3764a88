package fr.oasis.practitioner;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The rows of the last practitioner vintage this instance stored, handed over once its
 * transaction committed, so that the APL recompute following an import (and the first report or
 * map after it) does not read back what was just written: at the France scale (100,000
 * practitioners) that read took a second. The rows are handed over once, to the first read of
 * that vintage after the commit: any later read (after another data change) goes to the database,
 * which stays the reference. Other instances read them from the database. Thread-safe.
 */
@Component
class LastStoredVintage {
    private record Stored(long vintageId, List<PractitionerRow> rows) {
    }

    private Stored last;

    /** Called after the commit of the import that stored {@code rows} (in storage order) as {@code vintageId}. */
    synchronized void committed(long vintageId, List<PractitionerRow> rows) {
        last = new Stored(vintageId, List.copyOf(rows));
    }

    /** The rows of {@code vintageId} if it is the last vintage stored here and not yet taken, otherwise null. */
    synchronized List<PractitionerRow> take(long vintageId) {
        Stored stored = last;
        if (stored == null || stored.vintageId() != vintageId) {
            return null;
        }
        last = null;
        return stored.rows();
    }
}
