package fr.oasis.provenance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One imported family of data (the COG, the contours, the census...) with its vintage. A new
 * import of the same kind replaces the row, in the same transaction as the data it describes.
 */
@Entity
@Table(name = "dataset")
public class Dataset {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private String kind;
    @Column(name = "source_label", nullable = false)
    private String sourceLabel;
    @Column(nullable = false)
    private int vintage;
    @Column(nullable = false)
    private boolean demo;
    private String files;
    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    protected Dataset() {
    }

    public Dataset(String kind, String sourceLabel, int vintage, boolean demo, String files) {
        this.kind = kind;
        this.sourceLabel = sourceLabel;
        this.vintage = vintage;
        this.demo = demo;
        this.files = files == null || files.length() <= 4000 ? files : files.substring(0, 3997) + "...";
        this.importedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public String getKind() {
        return kind;
    }

    public Provenance provenance() {
        return new Provenance(sourceLabel, vintage, demo);
    }
}
