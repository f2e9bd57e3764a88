package fr.oasis.importer;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes the audit trail in transactions of its own, so a failed import is still recorded. */
@Component
class ImportAudit {
    private final ImportRunRepository runs;

    ImportAudit(ImportRunRepository runs) {
        this.runs = runs;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    Long start(String username, String description) {
        return runs.save(new ImportRun(username, description)).id();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void finish(Long runId, boolean success, String summary) {
        runs.findById(runId).ifPresent(run -> run.finish(success ? "SUCCEEDED" : "FAILED", summary));
    }
}
