package fr.oasis.importer.source;

import fr.oasis.territory.record.CommuneShape;
import fr.oasis.territory.geo.Projections;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.PrecisionModel;
import org.sqlite.SQLiteConfig;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads commune contours from the {@code COMMUNE} layer of an IGN ADMIN EXPRESS GeoPackage
 * (fields {@code INSEE_COM, NOM, SIREN_EPCI, INSEE_DEP, INSEE_REG}, matched case-insensitively;
 * the first two required), using sqlite-jdbc directly rather than a GIS library.
 * <p>
 * The feature table is the one named {@code COMMUNE} in {@code gpkg_contents}, or the only
 * feature table if there is just one. Its CRS ({@code gpkg_geometry_columns.srs_id} resolved
 * through {@code gpkg_spatial_ref_sys}) is any EPSG code proj4j knows (2154, 4326, the overseas
 * 2972, 2975, 5490, 4471…), reprojected to WGS84 with {@link Projections}; another CRS is refused. Geometries go through
 * {@link GeoPackageGeometry}; invalid polygons are repaired with a warning, empty ones are errors.
 * <p>
 * The database is opened read-only. Memory holds the result only (rows are streamed). Location in
 * messages is "row N", counted from 1 in table order. Immutable and thread-safe.
 */
public final class CommuneGeoPackageReader implements SourceReader<CommuneShape> {
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private final ReadLimits limits;

    public CommuneGeoPackageReader() {
        this(ReadLimits.DEFAULT);
    }

    public CommuneGeoPackageReader(ReadLimits limits) {
        this.limits = limits;
    }

    @Override
    public String format() {
        return "geopackage-admin-express-communes";
    }

    @Override
    public boolean canRead(Path file) {
        return SourceFiles.hasExtension(file, "gpkg") && isSqlite(file);
    }

    @Override
    public ReadResult<CommuneShape> read(Path file) {
        Problems problems = SourceFiles.open(file, limits);
        if (!isSqlite(file)) {
            throw problems.fatal("", "", "not a GeoPackage: the file is not an SQLite database");
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties())) {
            GeoPackageLayer layer = GeoPackageLayer.find(db, problems, "COMMUNE");
            int srid = layer.epsg();
            if (srid <= 0 || !Projections.isKnown(srid)) {
                throw problems.fatal("", layer.geometryColumn(), "layer " + layer.table() + " is in " + layer.crsName()
                        + ", an unknown coordinate system; expected an EPSG code (e.g. 2154, 4326, 2972, 2975, 5490)");
            }
            return readRows(db, layer, problems, srid);
        } catch (SQLException e) {
            throw problems.fatal("", "", "cannot read the GeoPackage: " + e.getMessage());
        }
    }

    private static ReadResult<CommuneShape> readRows(Connection db, GeoPackageLayer layer, Problems problems, int srid)
            throws SQLException {
        String code = layer.requireColumn("INSEE_COM");
        String name = layer.requireColumn("NOM");
        layer.throwIfMissing();
        String sql = "SELECT " + String.join(", ", GeoPackageLayer.quote(layer.geometryColumn()),
                GeoPackageLayer.quote(code), GeoPackageLayer.quote(name), layer.optionalColumn("SIREN_EPCI"),
                layer.optionalColumn("INSEE_DEP"), layer.optionalColumn("INSEE_REG"))
                + " FROM " + GeoPackageLayer.quote(layer.table());
        GeometryFactory factory = new GeometryFactory(new PrecisionModel(), srid);
        CodeRegistry codes = new CodeRegistry(problems);
        List<CommuneShape> shapes = new ArrayList<>();
        int row = 0;
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                row++;
                String location = "row " + row;
                String inseeCode = problems.requiredText(location, code, rs.getString(2));
                String nom = problems.requiredText(location, name, rs.getString(3));
                String epci = problems.optionalText(location, "SIREN_EPCI", rs.getString(4));
                String dep = problems.optionalText(location, "INSEE_DEP", rs.getString(5));
                String reg = problems.optionalText(location, "INSEE_REG", rs.getString(6));
                Geometry geometry = geometry(rs.getBytes(1), factory, srid, problems, location, layer.geometryColumn());
                if (inseeCode != null && nom != null && geometry != null && codes.firstUse(inseeCode, location, code)) {
                    shapes.add(new CommuneShape(inseeCode, nom, geometry, epci, dep, reg, problems.file() + "#" + location));
                }
            }
        }
        return problems.result(shapes, row, 0, null);
    }

    private static Geometry geometry(byte[] blob, GeometryFactory factory, int srid, Problems problems,
                                     String location, String column) {
        Geometry geometry;
        try {
            geometry = GeoPackageGeometry.decode(blob, factory);
        } catch (InvalidGeometryException e) {
            problems.error(location, column, e.getMessage());
            return null;
        }
        if (!geometry.isEmpty() && !(geometry instanceof Polygonal)) {
            problems.error(location, column, geometry.getGeometryType() + " is not Polygon or MultiPolygon");
            return null;
        }
        if (!geometry.isEmpty()) {
            geometry = Projections.toWgs84(geometry, srid);
        }
        String outside = FranceExtent.problem(geometry);
        if (outside != null) {
            problems.error(location, column, outside);
            return null;
        }
        return PolygonRepair.check(geometry, problems, location);
    }

    private static boolean isSqlite(Path file) {
        byte[] head = SourceFiles.head(file, SQLITE_MAGIC.length);
        return Arrays.equals(head, SQLITE_MAGIC);
    }
}
