package fr.oasis.territory;

import fr.oasis.provenance.Dataset;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;

/** A commune, EPCI, département or région of the current COG, with its contour. */
@Entity
@Table(name = "territory")
class Territory {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "territory_seq")
    @SequenceGenerator(name = "territory_seq", sequenceName = "territory_seq", allocationSize = 50)
    private Long id;

    @Convert(converter = TerritoryLevelConverter.class)
    @Column(nullable = false)
    private TerritoryLevel level;
    @Column(nullable = false)
    private String code;
    @Column(nullable = false)
    private String name;
    @Column(name = "search_name", nullable = false)
    private String searchName;
    @Column(name = "epci_code")
    private String epciCode;
    @Column(name = "departement_code")
    private String departementCode;
    @Column(name = "region_code")
    private String regionCode;
    private Integer population;
    @Column(name = "area_km2")
    private Double areaKm2;
    private MultiPolygon geom;
    @Column(name = "ref_point")
    private Point refPoint;
    @Column(name = "ref_point_source")
    private String refPointSource;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "dataset_id")
    private Dataset dataset;

    protected Territory() {
    }

    Territory(TerritoryRecord r, Dataset dataset) {
        this.level = r.level();
        this.code = r.code();
        this.name = r.name();
        this.searchName = SearchText.fold(r.name());
        this.epciCode = r.epciCode();
        this.departementCode = r.departementCode();
        this.regionCode = r.regionCode();
        this.population = r.population();
        this.areaKm2 = r.areaKm2();
        this.geom = r.geometry();
        this.refPoint = r.referencePoint();
        this.refPointSource = r.referencePointSource();
        this.dataset = dataset;
    }

    TerritoryRecord toRecord() {
        return new TerritoryRecord(level, code, name, epciCode, departementCode, regionCode,
                population, areaKm2, geom, refPoint, refPointSource);
    }

    Dataset dataset() {
        return dataset;
    }
}
