package fr.oasis.importer;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Serialises imports across processes: the transaction of an import first locks the one row of
 * {@code import_lock} without waiting ({@code FOR UPDATE NOWAIT}, on PostgreSQL and H2 alike).
 * When another import holds it, the import is refused at once with one French sentence naming
 * the running import (from the audit trail), instead of failing after seconds of lock waits.
 * Locking again within the same transaction is a no-op, so nested steps may all call it.
 */
@Component
class ImportLock {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.systemDefault());
    private final JdbcTemplate jdbc;
    private final ImportAudit audit;

    ImportLock(JdbcTemplate jdbc, ImportAudit audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** @throws ImportBusyException when another transaction holds the import lock */
    @Transactional(propagation = Propagation.MANDATORY)
    void acquire() {
        try {
            jdbc.queryForList("SELECT id FROM import_lock WHERE id = 1 FOR UPDATE NOWAIT");
        } catch (DataAccessException e) {
            throw new ImportBusyException(busyMessage());
        }
    }

    private String busyMessage() {
        return audit.running().map(run -> "Un autre import est en cours (« " + run.description() + " », lancé par "
                        + run.username() + " le " + TIME.format(run.startedAt())
                        + ") : rien n'a été modifié, relancez celui-ci quand il sera terminé.")
                .orElse("Un autre import est en cours : rien n'a été modifié, relancez celui-ci quand il sera terminé.");
    }
}
