package fr.oasis.accessibility;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import fr.oasis.provenance.Provenance;
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
    @Column(name = "travel_model", nullable = false)
    private String travelModel;
    @Column(name = "network_label")
    private String networkLabel;
    @Column(name = "network_millesime")
    private Integer networkMillesime;
    @Column(name = "network_demo")
    private Boolean networkDemo;
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

    /** @param times the travel times the run used: model, network and description */
    AplRun(long vintageId, String profession, AplVariant variant, String unit, TravelTimes times, String parameters,
           boolean ageStandardised, double totalSupply, double unservedSupply) {
        this.vintageId = vintageId;
        this.profession = profession;
        this.variant = variant;
        this.unit = unit;
        String described = times.describe();
        this.travelTime = described.length() > 500 ? described.substring(0, 497) + "..." : described;
        this.travelModel = times.kind().key();
        if (times.network() != null) {
            this.networkLabel = times.network().label();
            this.networkMillesime = times.network().millesime();
            this.networkDemo = times.network().demo();
        }
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
        // Runs stored before units followed the demand may claim "standardisé" for a raw population.
        return new AccessibilityView.Run(id == null ? 0 : id, vintageId, profession, variant.key(),
                fr.oasis.practitioner.AplParameters.unitFor(unit, ageStandardised), travelTime, travelModel,
                network(), parameters, ageStandardised, totalSupply, unservedSupply, computedAt);
    }

    /** The road network the run was computed on, null for crow-fly. */
    Provenance network() {
        return networkLabel == null ? null
                : new Provenance(networkLabel, networkMillesime, Boolean.TRUE.equals(networkDemo));
    }
}
