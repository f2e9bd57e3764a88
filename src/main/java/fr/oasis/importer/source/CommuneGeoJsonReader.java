package fr.oasis.importer.source;

import fr.oasis.territory.record.CommuneShape;
import org.locationtech.jts.geom.Geometry;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads commune contours from a GeoJSON FeatureCollection in WGS84 with properties {@code code}
 * (INSEE code) and {@code nom}, as published by etalab and by gregoiredavid/france-geojson.
 * <p>
 * Geometries must be Polygon or MultiPolygon, in lon/lat degrees or in the EPSG system a legacy
 * {@code crs} member names (reprojected, see {@link GeoJsonCrs#epsg}); an unknown {@code crs}
 * or coordinates out of range (typically Lambert-93 metres) are errors. Invalid polygons are
 * repaired with {@code GeometryFixer} and reported as warnings. A code appearing twice is an error
 * naming both features, since the file would otherwise give a commune two contours.
 * <p>
 * Memory: features are streamed; the result holds all geometries (about 6 MB of JTS objects for
 * the 5,100 simplified Grand Est communes). Immutable and thread-safe.
 */
public final class CommuneGeoJsonReader implements SourceReader<CommuneShape> {
    private final ReadLimits limits;

    public CommuneGeoJsonReader() {
        this(ReadLimits.DEFAULT);
    }

    public CommuneGeoJsonReader(ReadLimits limits) {
        this.limits = limits;
    }

    @Override
    public String format() {
        return "geojson-communes";
    }

    @Override
    public boolean canRead(Path file) {
        if (!SourceFiles.hasExtension(file, "geojson", "json")) {
            return false;
        }
        String head = SourceFiles.headText(file);
        return head.contains("FeatureCollection") && head.contains("\"code\"") && head.contains("Polygon");
    }

    @Override
    public ReadResult<CommuneShape> read(Path file) {
        Problems problems = SourceFiles.open(file, limits);
        List<CommuneShape> shapes = new ArrayList<>();
        CodeRegistry codes = new CodeRegistry(problems);
        int[] count = {0};
        int[] epsg = {4326};
        JsonSource.forEachFeature(file, problems, (name, value) -> {
            if ("crs".equals(name)) {
                epsg[0] = GeoJsonCrs.epsg(value, problems);
                if (epsg[0] != 4326 && count[0] > 0) {
                    throw problems.fatal("", "crs", "the crs member comes after the features; move it before them");
                }
            }
        }, (feature, number) -> {
            count[0] = number;
            String location = "feature " + number;
            JsonNode properties = feature.path("properties");
            String code = problems.requiredText(location, "code", JsonSource.text(properties, "code"));
            String name = problems.optionalText(location, "nom", JsonSource.text(properties, "nom"));
            Geometry geometry = geometry(feature, problems, location, epsg[0]);
            if (code == null || geometry == null) {
                return;
            }
            if (codes.firstUse(code, location, "code")) {
                shapes.add(new CommuneShape(code, name, geometry, null, null, null, problems.file() + "#" + location));
            }
        });
        return problems.result(shapes, count[0], 0, null);
    }

    private static Geometry geometry(JsonNode feature, Problems problems, String location, int epsg) {
        JsonNode geometry = feature.get("geometry");
        if (geometry == null || geometry.isNull()) {
            problems.error(location, "geometry", "empty geometry");
            return null;
        }
        try {
            Geometry read = GeoJsonGeometry.polygonal(geometry, epsg != 4326);
            return PolygonRepair.check(GeoJsonGeometry.inFrance(fr.oasis.territory.geo.Projections.toWgs84(read, epsg)),
                    problems, location);
        } catch (InvalidGeometryException e) {
            problems.error(location, "geometry", e.getMessage());
            return null;
        }
    }
}
