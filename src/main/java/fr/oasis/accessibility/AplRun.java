package fr.oasis.accessibility;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One stored APL computation and everything needed to explain its figures. */
@Entity
@Table(name = "apl_run")
class AplRun {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "vintage_id", nullable = false)
    private long vintageId;
    @Column(nullable = false)
    private String profession;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AplVariant variant;
    @Column(nullable = false)
    private String unit;
    @Column(name = "travel_time", nullable = false)
    private String travelTime;
    @Column(nullable = false)
    private String parameters;
    @Column(name = "age_standardised", nullable = false)
    private boolean ageStandardised;
    @Column(name = "total_supply", nullable = false)
    private double totalSupply;
    @Column(name = "unserved_supply", nullable = false)
    private double unservedSupply;
    @Column(name = "computed_at", nullable = false)
    private Instant computedAt;

    protected AplRun() {
    }

    AplRun(long vintageId, String profession, AplVariant variant, String unit, String travelTime, String parameters,
           boolean ageStandardised, double totalSupply, double unservedSupply) {
        this.vintageId = vintageId;
        this.profession = profession;
        this.variant = variant;
        this.unit = unit;
        this.travelTime = travelTime.length() > 500 ? travelTime.substring(0, 500) : travelTime;
        this.parameters = parameters.length() > 4000 ? parameters.substring(0, 4000) : parameters;
        this.ageStandardised = ageStandardised;
        this.totalSupply = totalSupply;
        this.unservedSupply = unservedSupply;
        this.computedAt = Instant.now();
    }

    Long id() {
        return id;
    }

    AccessibilityView.Run view() {
        return new AccessibilityView.Run(id, vintageId, profession, variant.key(), unit, travelTime, parameters,
                ageStandardised, totalSupply, unservedSupply, computedAt);
    }
}
