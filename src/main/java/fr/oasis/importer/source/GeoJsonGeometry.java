package fr.oasis.importer.source;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import tools.jackson.databind.JsonNode;

import java.util.Locale;

/**
 * Converts GeoJSON (RFC 7946) Point, Polygon and MultiPolygon geometries to JTS, checking that
 * coordinates are WGS84 longitude/latitude in degrees. Other geometry types are refused because
 * no supported source uses them for communes or chefs-lieux.
 * <p>
 * Coordinates outside lon [-180, 180] / lat [-90, 90] are refused; when they fall in the
 * Lambert-93 range of metropolitan France (x 0..1,300 km, y 6,000..7,200 km) the message says so,
 * since an un-reprojected IGN export is by far the most likely cause. Extra ordinates (z) are
 * ignored. Positions outside France ({@link FranceExtent}), typically [lat, lon] instead of
 * [lon, lat], are refused with the first such value. Stateless and thread-safe.
 */
final class GeoJsonGeometry {
    static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

    private GeoJsonGeometry() {
    }

    /** A Polygon or MultiPolygon geometry member, every position in France ({@link FranceExtent}). */
    static Geometry polygonal(JsonNode geometry) {
        return inFrance(polygonalAnywhere(geometry, false));
    }

    /**
     * A Polygon or MultiPolygon geometry member; {@code projected} coordinates (a file declaring
     * another CRS) are checked neither against the lon/lat range nor against France: the reader
     * reprojects them, then calls {@link #inFrance}.
     */
    static Geometry polygonal(JsonNode geometry, boolean projected) {
        return projected ? polygonalAnywhere(geometry, true) : polygonal(geometry);
    }

    private static Geometry polygonalAnywhere(JsonNode geometry, boolean projected) {
        String type = requireType(geometry);
        JsonNode coordinates = requireArray(geometry.get("coordinates"), "coordinates");
        return switch (type) {
            case "Polygon" -> polygon(coordinates, projected);
            case "MultiPolygon" -> {
                Polygon[] parts = new Polygon[coordinates.size()];
                for (int i = 0; i < parts.length; i++) {
                    parts[i] = polygon(requireArray(coordinates.get(i), "polygon"), projected);
                }
                yield WGS84.createMultiPolygon(parts);
            }
            default -> throw new InvalidGeometryException("geometry type " + type + " is not Polygon or MultiPolygon");
        };
    }

    /** A Point geometry member, in France ({@link FranceExtent}). */
    static Point point(JsonNode geometry) {
        String type = requireType(geometry);
        if (!"Point".equals(type)) {
            throw new InvalidGeometryException("geometry type " + type + " is not Point");
        }
        return inFrance(WGS84.createPoint(coordinate(geometry.get("coordinates"), false)));
    }

    /** The geometry itself when every position lies in France ({@link FranceExtent}). */
    static <G extends Geometry> G inFrance(G geometry) {
        String outside = FranceExtent.problem(geometry);
        if (outside != null) {
            throw new InvalidGeometryException(outside);
        }
        return geometry;
    }

    private static String requireType(JsonNode geometry) {
        String type = JsonSource.text(geometry, "type");
        if (type == null) {
            throw new InvalidGeometryException("geometry has no type");
        }
        return type;
    }

    private static Polygon polygon(JsonNode rings, boolean projected) {
        if (rings.isEmpty()) {
            throw new InvalidGeometryException("empty polygon");
        }
        LinearRing shell = ring(requireArray(rings.get(0), "ring"), projected);
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(requireArray(rings.get(i), "ring"), projected);
        }
        return WGS84.createPolygon(shell, holes);
    }

    private static LinearRing ring(JsonNode positions, boolean projected) {
        Coordinate[] coords = new Coordinate[positions.size()];
        for (int i = 0; i < coords.length; i++) {
            coords[i] = coordinate(positions.get(i), projected);
        }
        if (coords.length < 4 || !coords[0].equals2D(coords[coords.length - 1])) {
            throw new InvalidGeometryException("polygon ring must be closed and have at least 4 positions, has " + coords.length);
        }
        return WGS84.createLinearRing(coords);
    }

    private static Coordinate coordinate(JsonNode position, boolean projected) {
        if (position == null || !position.isArray() || position.size() < 2
                || !position.get(0).isNumber() || !position.get(1).isNumber()) {
            throw new InvalidGeometryException("a position must be an array of two numbers [lon, lat]");
        }
        double x = position.get(0).doubleValue();
        double y = position.get(1).doubleValue();
        if (Double.isFinite(x) && Double.isFinite(y) && (projected || Math.abs(x) <= 180 && Math.abs(y) <= 90)) {
            return new Coordinate(x, y);
        }
        String at = String.format(Locale.ROOT, "(%s, %s)", x, y);
        if (x >= 0 && x <= 1_300_000 && y >= 6_000_000 && y <= 7_200_000) {
            throw new InvalidGeometryException("coordinates " + at + " look like Lambert-93 metres (EPSG:2154), expected WGS84 "
                    + "lon/lat degrees; reproject the file to EPSG:4326");
        }
        throw new InvalidGeometryException("coordinates " + at + " are outside WGS84 lon [-180, 180] / lat [-90, 90]");
    }

    private static JsonNode requireArray(JsonNode node, String what) {
        if (node == null || !node.isArray()) {
            throw new InvalidGeometryException("'" + what + "' must be an array");
        }
        return node;
    }
}
