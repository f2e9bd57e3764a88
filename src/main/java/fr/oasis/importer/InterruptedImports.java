package fr.oasis.importer;

import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * At start (portal or import command): an import left RUNNING by a process that was killed is
 * marked FAILED, with the reason. Its data changes were never committed (an import is one
 * transaction), so the previous data are what is stored. A run of this host whose process is
 * gone is closed at once; a run of another host (several instances) only after
 * {@link #OTHER_HOST_TIMEOUT} without an end, since that host's processes cannot be checked.
 */
@Component
class InterruptedImports implements ApplicationRunner {
    static final Duration OTHER_HOST_TIMEOUT = Duration.ofHours(24);
    private static final Logger LOG = LoggerFactory.getLogger(InterruptedImports.class);
    private final ImportRunRepository runs;

    InterruptedImports(ImportRunRepository runs) {
        this.runs = runs;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Instant stale = Instant.now().minus(OTHER_HOST_TIMEOUT);
        for (ImportRun run : runs.findByStatusOrderByIdDesc(ImportAudit.RUNNING)) {
            boolean gone = run.owner() == null || ProcessOwner.gone(run.owner());
            if (gone || run.entry().startedAt().isBefore(stale)) {
                run.finish("FAILED", "Import interrompu (processus " + (run.owner() == null ? "inconnu" : run.owner())
                        + " arrêté avant la fin) : aucune donnée de cet import n'a été enregistrée.");
                LOG.warn("Import #{} '{}' was left running by a process that is gone: marked failed", run.id(),
                        run.entry().description());
            }
        }
    }
}
