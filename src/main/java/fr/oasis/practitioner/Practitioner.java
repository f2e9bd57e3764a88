package fr.oasis.practitioner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;

/** A practitioner at one practice site in one vintage. */
@Entity
@Table(name = "practitioner")
class Practitioner {
    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "practitioner_seq")
    @SequenceGenerator(name = "practitioner_seq", sequenceName = "practitioner_seq", allocationSize = 100)
    private Long id;
    @Column(name = "vintage_id", nullable = false)
    private long vintageId;
    @Column(name = "source_id", nullable = false)
    private String sourceId;
    @Column(nullable = false)
    private String profession;
    private String specialty;
    @Column(name = "commune_code", nullable = false)
    private String communeCode;
    private Point location;
    private Double activity;
    private Integer age;
    @Column(name = "count_based", nullable = false)
    private boolean countBased;

    protected Practitioner() {
    }

    Practitioner(long vintageId, PractitionerRow row) {
        this.vintageId = vintageId;
        this.sourceId = row.sourceId();
        this.profession = row.profession();
        this.specialty = row.specialty();
        this.communeCode = row.communeCode();
        this.location = row.lon() == null ? null : WGS84.createPoint(new Coordinate(row.lon(), row.lat()));
        this.activity = row.activity();
        this.age = row.age();
        this.countBased = row.countBased();
    }

    /** A row from the columns of {@link PractitionerRepository#rowsOf}, in that order. */
    static PractitionerRow row(Object[] c) {
        Point location = (Point) c[4];
        return new PractitionerRow((String) c[0], (String) c[1], (String) c[2], (String) c[3],
                location == null ? null : location.getX(), location == null ? null : location.getY(),
                (Double) c[5], (Integer) c[6], (Boolean) c[7]);
    }
}
