package fr.oasis.importer;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The import audit trail, newest first, for the admin pages. */
@Service
public class ImportHistory {
    private final ImportRunRepository runs;

    ImportHistory(ImportRunRepository runs) {
        this.runs = runs;
    }

    /** One import as the audit page shows it. */
    public record Entry(Instant startedAt, Instant finishedAt, String username, String description, String status,
                        String summary) {
    }

    @Transactional(readOnly = true)
    public List<Entry> latest() {
        return runs.findTop50ByOrderByIdDesc().stream().map(ImportRun::entry).toList();
    }
}
