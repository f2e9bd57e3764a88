package fr.oasis.importer;

import fr.oasis.provenance.DataKind;

import fr.oasis.territory.TerritorySnapshot;
import fr.oasis.territory.TerritoryStore;
import org.springframework.stereotype.Service;

/**
 * Imports territories: assembles the snapshot (CPU work, outside any transaction), then replaces
 * the stored territories in one transaction. Failure at any point leaves the previous data intact
 * and is recorded in the audit trail.
 */
@Service
public class TerritoryImportService {
    private final TerritoryStore store;
    private final StandaloneImport standalone;

    TerritoryImportService(TerritoryStore store, StandaloneImport standalone) {
        this.store = store;
        this.standalone = standalone;
    }

    public ImportReport importTerritories(TerritoryInputs inputs, String username, String description) {
        return standalone.run(username, description, DataKind.TERRITORIES, report -> assemble(inputs, report),
                this::store);
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
