package fr.oasis.territory;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Geometry columns over plain JDBC, as EWKB (WKB with the SRID), on H2GIS and PostGIS alike:
 * {@link #select} and {@link #read} for a column read, {@link #parameter} and {@link #bind} for a
 * value written. H2 gives and takes a geometry as EWKB bytes natively (nothing computed in the
 * database); PostGIS through {@code ST_AsEWKB} / {@code ST_GeomFromEWKB}. Bulk paths use it
 * instead of entities: Hibernate Spatial converts every geometry JTS → geolatte → JTS, and its
 * first conversion in a process loads geolatte's whole CRS registry (0.6 s of CPU in the
 * {@code import} command). The coordinates are the stored doubles, unchanged. Thread-safe (the
 * database product is read once; readers and writers are created per call).
 */
@Component
class GeometryJdbc {
    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);
    private final JdbcTemplate jdbc;
    private volatile Boolean postgres;

    GeometryJdbc(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The select-list expression giving {@code column} as EWKB bytes. */
    String select(String column) {
        return postgres() ? "ST_AsEWKB(" + column + ")" : column;
    }

    /** The placeholder taking a geometry bound by {@link #bind}. */
    String parameter() {
        return postgres() ? "ST_GeomFromEWKB(?)" : "?";
    }

    /** The geometry at {@code index} (selected with {@link #select}) as a MultiPolygon; null when NULL. */
    static MultiPolygon read(ResultSet rs, int index) throws SQLException {
        byte[] ewkb = rs.getBytes(index);
        if (ewkb == null) {
            return null;
        }
        try {
            Geometry g = new WKBReader(WGS84).read(ewkb);
            if (!(g instanceof MultiPolygon multi)) {
                throw new SQLException("column " + index + " holds a " + g.getGeometryType() + ", not a MultiPolygon");
            }
            return multi;
        } catch (ParseException e) {
            throw new SQLException("column " + index + " is not readable as EWKB", e);
        }
    }

    /** Binds {@code geometry} (with its SRID) to the placeholder {@link #parameter} at {@code index}. */
    static void bind(PreparedStatement statement, int index, Geometry geometry) throws SQLException {
        statement.setBytes(index, new WKBWriter(2, true).write(geometry));
    }

    private boolean postgres() {
        Boolean known = postgres;
        if (known == null) {
            known = jdbc.execute((ConnectionCallback<Boolean>) c -> c.getMetaData().getDatabaseProductName()
                    .toLowerCase(Locale.ROOT).contains("postgres"));
            postgres = known;
        }
        return known;
    }
}
