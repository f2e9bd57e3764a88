package fr.oasis.importer;

import fr.oasis.provenance.DataKind;
import fr.oasis.provenance.ImportCompleted;

import fr.oasis.territory.TerritorySnapshot;
import fr.oasis.territory.TerritoryStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports territories: assembles the snapshot (CPU work, outside any transaction), then replaces
 * the stored territories in one transaction. Failure at any point leaves the previous data intact
 * and is recorded in the audit trail.
 */
@Service
public class TerritoryImportService {
    private static final Logger LOG = LoggerFactory.getLogger(TerritoryImportService.class);
    private final TerritoryStore store;
    private final TransactionTemplate transactions;
    private final ImportAudit audit;
    private final ApplicationEventPublisher events;
    private final ImportLock lock;

    TerritoryImportService(TerritoryStore store, TransactionTemplate transactions, ImportAudit audit,
                           ApplicationEventPublisher events, ImportLock lock) {
        this.lock = lock;
        this.store = store;
        this.transactions = transactions;
        this.audit = audit;
        this.events = events;
    }

    public ImportReport importTerritories(TerritoryInputs inputs, String username, String description) {
        Long run = audit.start(username, description);
        ImportReport report = new ImportReport();
        try {
            long t0 = System.nanoTime();
            TerritorySnapshot snapshot = assemble(inputs, report);
            transactions.executeWithoutResult(status -> {
                lock.acquire();
                store(snapshot, report);
            });
            report.timing("total", (System.nanoTime() - t0) / 1_000_000);
            audit.finish(run, true, report.summary());
        } catch (RuntimeException e) {
            LOG.warn("Import '{}' failed: {}", description, e.getMessage());
            audit.finish(run, false, String.valueOf(e.getMessage()));
            throw e;
        }
        events.publishEvent(new ImportCompleted(DataKind.TERRITORIES));
        return report;
    }

    /** Reconciles, dissolves and simplifies (CPU only, no database). */
    TerritorySnapshot assemble(TerritoryInputs inputs, ImportReport report) {
        return new TerritoryAssembler(inputs, report).assemble();
    }

    /** Replaces the stored territories within the caller's transaction (a manifest import's). */
    void store(TerritorySnapshot snapshot, ImportReport report) {
        long t1 = System.nanoTime();
        store.replaceAll(snapshot);
        report.timing("store", (System.nanoTime() - t1) / 1_000_000);
    }
}
