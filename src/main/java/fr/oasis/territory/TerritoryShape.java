package fr.oasis.territory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import org.locationtech.jts.geom.MultiPolygon;

/** A map-ready (simplified) contour of one territory for one zoom class. */
@Entity
@Table(name = "territory_shape")
@IdClass(TerritoryShape.Key.class)
class TerritoryShape {
    @Id
    private String level;
    @Id
    private String code;
    @Id
    @Column(name = "zoom_class")
    private short zoomClass;
    @Column(nullable = false)
    private MultiPolygon geom;

    protected TerritoryShape() {
    }

    TerritoryShape(TerritoryLevel level, String code, int zoomClass, MultiPolygon geom) {
        this.level = level.key();
        this.code = code;
        this.zoomClass = (short) zoomClass;
        this.geom = geom;
    }

    String code() {
        return code;
    }

    MultiPolygon geometry() {
        return geom;
    }

    /** Composite key (level, code, zoom class), as Hibernate's {@code @IdClass} wants it. */
    static class Key implements Serializable {
        private String level;
        private String code;
        private short zoomClass;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.level.equals(level) && k.code.equals(code) && k.zoomClass == zoomClass;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(level, code, zoomClass);
        }
    }
}
