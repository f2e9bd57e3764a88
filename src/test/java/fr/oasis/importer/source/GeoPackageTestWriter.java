package fr.oasis.importer.source;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.WKBWriter;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Builds minimal GeoPackages for tests: the three metadata tables of OGC 12-128 and one feature
 * table, with geometries encoded as GeoPackage blobs by {@link #encode}.
 */
final class GeoPackageTestWriter implements AutoCloseable {
    private final Connection db;
    private final String table;

    /** Creates {@code file} with a feature table {@code table} (columns as given) in CRS {@code epsg}. */
    GeoPackageTestWriter(Path file, String table, int epsg, String... attributeColumns) throws SQLException {
        this.db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        this.table = table;
        try (Statement st = db.createStatement()) {
            st.execute("PRAGMA application_id = 1196444487"); // 'GPKG'
            st.execute("CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, "
                    + "organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, "
                    + "description TEXT)");
            st.execute("CREATE TABLE gpkg_contents (table_name TEXT PRIMARY KEY, data_type TEXT NOT NULL, "
                    + "identifier TEXT, description TEXT DEFAULT '', last_change DATETIME, min_x DOUBLE, min_y DOUBLE, "
                    + "max_x DOUBLE, max_y DOUBLE, srs_id INTEGER)");
            st.execute("CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, "
                    + "geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL)");
            // A GeoPackage's own srs_id need not equal the EPSG code; use another number to prove the lookup.
            st.execute("INSERT INTO gpkg_spatial_ref_sys VALUES ('test crs', 100, 'EPSG', " + epsg + ", 'undefined', NULL)");
            st.execute("INSERT INTO gpkg_contents (table_name, data_type, identifier, srs_id) VALUES ('" + table
                    + "', 'features', '" + table + "', 100)");
            st.execute("INSERT INTO gpkg_geometry_columns VALUES ('" + table + "', 'geom', 'MULTIPOLYGON', 100, 0, 0)");
            st.execute("CREATE TABLE " + table + " (fid INTEGER PRIMARY KEY AUTOINCREMENT, geom BLOB, "
                    + String.join(" TEXT, ", attributeColumns) + " TEXT)");
        }
    }

    /** Inserts a row: the geometry blob then one value per attribute column. */
    void insert(byte[] geometry, String... values) throws SQLException {
        String marks = "?" + ", ?".repeat(values.length);
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO " + table + " VALUES (NULL, " + marks + ")")) {
            ps.setBytes(1, geometry);
            for (int i = 0; i < values.length; i++) {
                ps.setString(i + 2, values[i]);
            }
            ps.executeUpdate();
        }
    }

    /**
     * Encodes a geometry as a GeoPackage blob: "GP", version 0, flags, srs_id, optional xy
     * envelope, WKB. {@code littleEndian} applies to the header and the WKB alike.
     */
    static byte[] encode(Geometry geometry, int srsId, boolean withEnvelope, boolean littleEndian) {
        int envelopeBytes = withEnvelope ? 32 : 0;
        int flags = (littleEndian ? 1 : 0) | ((withEnvelope ? 1 : 0) << 1) | ((geometry.isEmpty() ? 1 : 0) << 4);
        byte[] wkb = new WKBWriter(2, littleEndian ? ByteOrderValues.LITTLE_ENDIAN : ByteOrderValues.BIG_ENDIAN)
                .write(geometry);
        ByteBuffer out = ByteBuffer.allocate(8 + envelopeBytes + wkb.length)
                .order(littleEndian ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        out.put((byte) 'G').put((byte) 'P').put((byte) 0).put((byte) flags).putInt(srsId);
        if (withEnvelope) {
            Envelope e = geometry.getEnvelopeInternal();
            out.putDouble(e.getMinX()).putDouble(e.getMaxX()).putDouble(e.getMinY()).putDouble(e.getMaxY());
        }
        return out.put(wkb).array();
    }

    @Override
    public void close() throws SQLException {
        db.close();
    }
}
