package fr.oasis.importer;

import fr.oasis.provenance.DataKind;
import fr.oasis.provenance.ImportCompleted;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one way a single kind of data is imported outside a manifest (the demonstration, tests, the
 * admin page): the run is audited ({@code import_run}); the service's prepare step reads and checks
 * without touching the database; its store step runs in one transaction holding the import lock
 * (another import anywhere refuses this one at once: {@link ImportBusyException}); after the commit
 * {@link ImportCompleted} is published for the kind. A failure changes nothing and is audited with
 * its message. Inside a manifest, {@link ManifestImporter} calls the same prepare and store steps
 * of every service in its own single transaction. Stateless and thread-safe.
 */
@Component
class StandaloneImport {
    private static final Logger LOG = LoggerFactory.getLogger(StandaloneImport.class);
    private final ImportAudit audit;
    private final ImportLock lock;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;

    StandaloneImport(ImportAudit audit, ImportLock lock, TransactionTemplate transactions,
                     ApplicationEventPublisher events) {
        this.audit = audit;
        this.lock = lock;
        this.transactions = transactions;
        this.events = events;
    }

    /**
     * @param description what the audit trail says was imported
     * @param prepare     reads and checks (no database write), filling the report; its result is stored
     * @param store       stores the prepared data in the transaction, filling the report
     * @return the report, with the {@code total} timing in ms
     */
    <T> ImportReport run(String username, String description, DataKind kind, Function<ImportReport, T> prepare,
                         BiConsumer<T, ImportReport> store) {
        Long run = audit.start(username, description);
        ImportReport report = new ImportReport();
        try {
            long t0 = System.nanoTime();
            T prepared = prepare.apply(report);
            transactions.executeWithoutResult(status -> {
                lock.acquire();
                store.accept(prepared, report);
            });
            report.timing("total", (System.nanoTime() - t0) / 1_000_000);
            audit.finish(run, true, report.summary());
        } catch (RuntimeException e) {
            LOG.warn("Import '{}' failed: {}", description, e.getMessage());
            audit.finish(run, false, String.valueOf(e.getMessage()));
            throw e;
        }
        events.publishEvent(new ImportCompleted(kind));
        return report;
    }

    /** An import whose data need no prepare step (already read and checked by the caller). */
    ImportReport run(String username, String description, DataKind kind, Consumer<ImportReport> store) {
        return run(username, description, kind, report -> null, (nothing, report) -> store.accept(report));
    }
}
