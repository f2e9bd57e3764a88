package fr.oasis.practitioner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One imported set of practitioners (a dated vintage); vintages are kept side by side. */
@Entity
@Table(name = "practitioner_vintage")
class PractitionerVintage {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "source_label", nullable = false)
    private String sourceLabel;
    @Column(name = "source_format", nullable = false)
    private String sourceFormat;
    @Column(nullable = false)
    private int vintage;
    @Column(nullable = false)
    private boolean demo;
    @Column(name = "count_based", nullable = false)
    private boolean countBased;
    @Column(nullable = false)
    private int practitioners;
    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    protected PractitionerVintage() {
    }

    PractitionerVintage(PractitionerVintageView.New info, int practitioners) {
        this.sourceLabel = info.sourceLabel();
        this.sourceFormat = info.sourceFormat();
        this.vintage = info.vintage();
        this.demo = info.demo();
        this.countBased = info.countBased();
        this.practitioners = practitioners;
        this.importedAt = Instant.now();
    }

    Long id() {
        return id;
    }

    PractitionerVintageView view() {
        return new PractitionerVintageView(id, sourceLabel, sourceFormat, vintage, demo, countBased, practitioners,
                importedAt);
    }
}
