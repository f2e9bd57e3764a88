package fr.oasis.importer.source;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A feature table of a GeoPackage as described by its metadata tables: name, geometry column,
 * CRS and attribute columns (looked up case-insensitively, because IGN and GDAL exports differ in
 * case). Not thread-safe: one instance per read.
 */
final class GeoPackageLayer {
    private final Problems problems;
    private final String table;
    private final String geometryColumn;
    private final int epsg;
    private final String crsName;
    private final Map<String, String> columns = new LinkedHashMap<>(); // upper-case -> actual
    private final List<String> missing = new ArrayList<>();

    private GeoPackageLayer(Problems problems, String table, String geometryColumn, int epsg, String crsName) {
        this.problems = problems;
        this.table = table;
        this.geometryColumn = geometryColumn;
        this.epsg = epsg;
        this.crsName = crsName;
    }

    /** Finds the feature table named {@code preferred}, or the only one. */
    static GeoPackageLayer find(Connection db, Problems problems, String preferred) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT table_name FROM gpkg_contents WHERE data_type = 'features'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw problems.fatal("", "", "not a GeoPackage: no readable gpkg_contents table (" + e.getMessage() + ")");
        }
        String table = tables.stream().filter(t -> t.equalsIgnoreCase(preferred)).findFirst()
                .orElse(tables.size() == 1 ? tables.get(0) : null);
        if (table == null) {
            throw problems.fatal("", "", "no feature table " + preferred + " in the GeoPackage; feature tables: " + tables);
        }
        GeoPackageLayer layer;
        try (PreparedStatement ps = db.prepareStatement("SELECT g.column_name, g.srs_id, s.organization, "
                + "s.organization_coordsys_id, s.srs_name FROM gpkg_geometry_columns g "
                + "LEFT JOIN gpkg_spatial_ref_sys s ON s.srs_id = g.srs_id WHERE lower(g.table_name) = lower(?)")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw problems.fatal("", "", "table " + table + " has no entry in gpkg_geometry_columns");
                }
                // srs_id is the GeoPackage's own key; the EPSG code is the organisation's id for it.
                boolean isEpsg = "EPSG".equalsIgnoreCase(rs.getString(3));
                int code = isEpsg ? rs.getInt(4) : rs.getInt(2);
                String name = isEpsg ? "EPSG:" + code
                        : "srs_id " + rs.getInt(2) + " (" + rs.getString(3) + " " + rs.getString(5) + ")";
                layer = new GeoPackageLayer(problems, table, rs.getString(1), isEpsg ? code : -1, name);
            }
        }
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA table_info(" + quote(table) + ")")) {
            while (rs.next()) {
                String column = rs.getString("name");
                layer.columns.put(column.toUpperCase(Locale.ROOT), column);
            }
        }
        return layer;
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    String table() {
        return table;
    }

    String geometryColumn() {
        return geometryColumn;
    }

    /** EPSG code, or -1 when the CRS is not an EPSG one. */
    int epsg() {
        return epsg;
    }

    String crsName() {
        return crsName;
    }

    /** The actual name of a required column; remembered as missing if absent. */
    String requireColumn(String name) {
        String actual = columns.get(name);
        if (actual == null) {
            missing.add(name);
            return name;
        }
        return actual;
    }

    /** The quoted column, or SQL {@code NULL} when the table lacks it. */
    String optionalColumn(String name) {
        String actual = columns.get(name);
        return actual == null ? "NULL" : quote(actual);
    }

    void throwIfMissing() {
        if (!missing.isEmpty()) {
            throw problems.fatal("", String.join(", ", missing), "missing column(s) " + missing + " in table "
                    + table + "; columns are " + columns.values());
        }
    }
}
