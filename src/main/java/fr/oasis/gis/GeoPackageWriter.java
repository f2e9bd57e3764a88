package fr.oasis.gis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.WKBWriter;

/**
 * Writes an {@link IndicatorLayer} as a GeoPackage 1.2 file (OGC 12-128r18) with SQLite's JDBC
 * driver: the required tables ({@code gpkg_spatial_ref_sys}, {@code gpkg_contents},
 * {@code gpkg_geometry_columns}), one feature table ({@code fid}, {@code geom} MULTIPOLYGON, the
 * attributes) with GeoPackage binary geometries (header "GP", little-endian, xy envelope, then
 * WKB), and the schema extension ({@code gpkg_data_columns}) holding each attribute's French
 * title and its unit, source and millésime, which QGIS shows as aliases and tooltips. No spatial
 * index (readers build one when they need it). Stateless; each call writes its own file.
 */
final class GeoPackageWriter {
    private static final byte[] HEADER_FLAGS = {'G', 'P', 0, 0b0000_0011}; // version 0, xy envelope, little-endian

    private GeoPackageWriter() {
    }

    /**
     * @param table       feature table name (letters, digits, {@code _})
     * @param description French description of the layer (provenance, conditions of a filter…)
     * @return the file's bytes
     */
    static byte[] write(IndicatorLayer layer, String table, String title, String description, OutputCrs crs) {
        Path file = null;
        try {
            file = Files.createTempFile("oasis-", ".gpkg");
            Files.delete(file);
            try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file)) {
                db.setAutoCommit(false);
                writeTo(db, layer, table, title, description, crs);
                db.commit();
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("GeoPackage could not be written: " + e.getMessage(), e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file left behind is harmless
                }
            }
        }
    }

    private static void writeTo(Connection db, IndicatorLayer layer, String table, String title, String description,
                                OutputCrs crs) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("PRAGMA application_id = 1196444487"); // 'GPKG'
            s.execute("PRAGMA user_version = 10200");
            s.execute("CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, "
                    + "organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, "
                    + "description TEXT)");
            s.execute("CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, "
                    + "identifier TEXT UNIQUE, description TEXT DEFAULT '', last_change DATETIME NOT NULL DEFAULT "
                    + "(strftime('%Y-%m-%dT%H:%M:%fZ','now')), min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, "
                    + "srs_id INTEGER, CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id))");
            s.execute("CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, "
                    + "geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL, "
                    + "CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name))");
            s.execute("CREATE TABLE gpkg_extensions (table_name TEXT, column_name TEXT, extension_name TEXT NOT NULL, "
                    + "definition TEXT NOT NULL, scope TEXT NOT NULL, CONSTRAINT ge_tce UNIQUE "
                    + "(table_name, column_name, extension_name))");
            s.execute("CREATE TABLE gpkg_data_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, name TEXT, "
                    + "title TEXT, description TEXT, mime_type TEXT, constraint_name TEXT, CONSTRAINT pk_gdc PRIMARY KEY "
                    + "(table_name, column_name))");
            s.execute("CREATE TABLE gpkg_data_column_constraints (constraint_name TEXT NOT NULL, constraint_type TEXT "
                    + "NOT NULL, value TEXT, min NUMERIC, min_is_inclusive BOOLEAN, max NUMERIC, max_is_inclusive BOOLEAN, "
                    + "description TEXT, CONSTRAINT gdcc_ntv UNIQUE (constraint_name, constraint_type, value))");
            StringBuilder create = new StringBuilder("CREATE TABLE \"").append(table)
                    .append("\" (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, geom MULTIPOLYGON");
            for (LayerColumn c : layer.columns()) {
                create.append(", \"").append(c.name()).append("\" ").append(switch (c.type()) {
                    case TEXT -> "TEXT";
                    case INTEGER -> "INTEGER";
                    case REAL -> "DOUBLE";
                    case BOOLEAN -> "BOOLEAN";
                });
            }
            s.execute(create.append(')').toString());
        }
        try (PreparedStatement srs = db.prepareStatement("INSERT INTO gpkg_spatial_ref_sys VALUES (?,?,?,?,?,?)")) {
            srs.setString(1, "Undefined cartesian SRS");
            srs.setInt(2, -1);
            srs.setString(3, "NONE");
            srs.setInt(4, -1);
            srs.setString(5, "undefined");
            srs.setString(6, "undefined cartesian coordinate reference system");
            srs.addBatch();
            srs.setString(1, "Undefined geographic SRS");
            srs.setInt(2, 0);
            srs.setInt(4, 0);
            srs.setString(6, "undefined geographic coordinate reference system");
            srs.addBatch();
            srs.setString(1, crs.crsName());
            srs.setInt(2, crs.epsg());
            srs.setString(3, "EPSG");
            srs.setInt(4, crs.epsg());
            srs.setString(5, crs.wkt());
            srs.setString(6, crs.crsName());
            srs.addBatch();
            srs.executeBatch();
        }
        Envelope extent = new Envelope();
        int columns = layer.columns().size();
        StringBuilder insert = new StringBuilder("INSERT INTO \"").append(table).append("\" VALUES (NULL, ?");
        insert.append(", ?".repeat(columns)).append(')');
        WKBWriter wkb = new WKBWriter(2, ByteOrderValues.LITTLE_ENDIAN);
        try (PreparedStatement row = db.prepareStatement(insert.toString())) {
            for (IndicatorLayer.Feature f : layer.features()) {
                Geometry g = crs.fromWgs84(f.geometry());
                extent.expandToInclude(g.getEnvelopeInternal());
                row.setBytes(1, blob(g, crs.epsg(), wkb));
                for (int i = 0; i < columns; i++) {
                    Object v = f.values()[i];
                    if (v instanceof Boolean b) {
                        row.setInt(i + 2, b ? 1 : 0);
                    } else {
                        row.setObject(i + 2, v);
                    }
                }
                row.addBatch();
            }
            row.executeBatch();
        }
        try (PreparedStatement contents = db.prepareStatement(
                "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, min_x, min_y, max_x, "
                        + "max_y, srs_id) VALUES (?, 'features', ?, ?, ?, ?, ?, ?, ?)")) {
            contents.setString(1, table);
            contents.setString(2, title);
            contents.setString(3, description);
            contents.setObject(4, extent.isNull() ? null : extent.getMinX());
            contents.setObject(5, extent.isNull() ? null : extent.getMinY());
            contents.setObject(6, extent.isNull() ? null : extent.getMaxX());
            contents.setObject(7, extent.isNull() ? null : extent.getMaxY());
            contents.setInt(8, crs.epsg());
            contents.executeUpdate();
        }
        try (Statement s = db.createStatement()) {
            s.execute("INSERT INTO gpkg_geometry_columns VALUES ('" + table + "', 'geom', 'MULTIPOLYGON', "
                    + crs.epsg() + ", 0, 0)");
            s.execute("INSERT INTO gpkg_extensions VALUES ('gpkg_data_columns', NULL, 'gpkg_schema', "
                    + "'http://www.geopackage.org/spec/#extension_schema', 'read-write')");
            s.execute("INSERT INTO gpkg_extensions VALUES ('gpkg_data_column_constraints', NULL, 'gpkg_schema', "
                    + "'http://www.geopackage.org/spec/#extension_schema', 'read-write')");
        }
        dataColumns(db, table, layer.columns());
    }

    private static void dataColumns(Connection db, String table, List<LayerColumn> columns) throws SQLException {
        try (PreparedStatement dc = db.prepareStatement(
                "INSERT INTO gpkg_data_columns (table_name, column_name, name, title, description) VALUES (?,?,?,?,?)")) {
            for (LayerColumn c : columns) {
                dc.setString(1, table);
                dc.setString(2, c.name());
                dc.setString(3, c.name());
                dc.setString(4, c.label());
                dc.setString(5, c.description());
                dc.addBatch();
            }
            dc.executeBatch();
        }
    }

    /** GeoPackage binary: "GP", version 0, flags (xy envelope, little-endian), srs_id, minx, maxx, miny, maxy, WKB. */
    static byte[] blob(Geometry geometry, int srsId, WKBWriter wkb) {
        byte[] body = wkb.write(geometry);
        Envelope e = geometry.getEnvelopeInternal();
        ByteBuffer buffer = ByteBuffer.allocate(8 + 32 + body.length).order(ByteOrder.LITTLE_ENDIAN);
        buffer.put(HEADER_FLAGS).putInt(srsId).putDouble(e.getMinX()).putDouble(e.getMaxX()).putDouble(e.getMinY())
                .putDouble(e.getMaxY()).put(body);
        return buffer.array();
    }
}
