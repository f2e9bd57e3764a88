package fr.oasis.importer;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the audit trail in transactions of its own, so a failed import is still recorded. Each
 * run names the process that ran it ({@link ProcessOwner}), so that one left RUNNING by a
 * killed process is marked failed later ({@link InterruptedImports}).
 */
@Component
class ImportAudit {
    static final String RUNNING = "RUNNING";
    private final ImportRunRepository runs;

    ImportAudit(ImportRunRepository runs) {
        this.runs = runs;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    Long start(String username, String description) {
        return runs.save(new ImportRun(username, description, ProcessOwner.current())).id();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void finish(Long runId, boolean success, String summary) {
        runs.findById(runId).ifPresent(run -> run.finish(success ? "SUCCEEDED" : "FAILED", summary));
    }

    /** The oldest import still running (the one holding the lock when another is refused), if any. */
    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    Optional<ImportHistory.Entry> running() {
        return runs.findByStatusOrderByIdAsc(RUNNING).stream().findFirst().map(ImportRun::entry);
    }
}
