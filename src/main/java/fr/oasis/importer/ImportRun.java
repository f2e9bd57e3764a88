package fr.oasis.importer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the import audit trail. */
@Entity
@Table(name = "import_run")
class ImportRun {
    static final int MAX_SUMMARY = 20_000;
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "started_at", nullable = false)
    private Instant startedAt;
    @Column(name = "finished_at")
    private Instant finishedAt;
    @Column(nullable = false)
    private String username;
    @Column(nullable = false)
    private String description;
    @Column(nullable = false)
    private String status;
    private String summary;
    private String owner;

    protected ImportRun() {
    }

    ImportRun(String username, String description, String owner) {
        this.owner = owner;
        this.startedAt = Instant.now();
        this.username = username;
        this.description = description.length() > 1000 ? description.substring(0, 1000) : description;
        this.status = "RUNNING";
    }

    void finish(String status, String summary) {
        this.finishedAt = Instant.now();
        this.status = status;
        this.summary = summary.length() > MAX_SUMMARY ? summary.substring(0, MAX_SUMMARY) : summary;
    }

    ImportHistory.Entry entry() {
        return new ImportHistory.Entry(startedAt, finishedAt, username, description, status, summary);
    }

    Long id() {
        return id;
    }

    String status() {
        return status;
    }

    /** {@code host:pid} of the process that ran it; null for imports recorded before it was kept. */
    String owner() {
        return owner;
    }
}
