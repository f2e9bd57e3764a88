package fr.oasis.gis;

import fr.oasis.map.GeoJsonWriter;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;

/**
 * Writes one GeoJSON Feature of a layer: {@code id}, geometry, then the attributes in column
 * order ({@code null} for a missing figure, never 0). Coordinates keep {@code decimals} decimals
 * (6 in degrees ≈ 0.1 m; 2 in metres). Stateless.
 */
final class FeatureJson {
    private FeatureJson() {
    }

    static void feature(StringBuilder sb, String id, Geometry geometry, List<LayerColumn> columns, Object[] values,
                        int decimals) {
        GeoJsonWriter writer = new GeoJsonWriter(sb, decimals);
        sb.append("{\"type\":\"Feature\",\"id\":");
        GeoJsonWriter.string(sb, id);
        sb.append(",\"geometry\":");
        if (geometry instanceof MultiPolygon polygons) {
            writer.multiPolygon(polygons);
        } else if (geometry instanceof Point point) {
            writer.point(point.getX(), point.getY());
        } else {
            sb.append("null");
        }
        sb.append(",\"properties\":{");
        GeoJsonWriter numbers = new GeoJsonWriter(sb, 6);
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            GeoJsonWriter.string(sb, columns.get(i).name());
            sb.append(':');
            value(sb, numbers, values[i]);
        }
        sb.append("}}");
    }

    private static void value(StringBuilder sb, GeoJsonWriter numbers, Object value) {
        if (value == null) {
            sb.append("null");
        } else if (value instanceof String text) {
            GeoJsonWriter.string(sb, text);
        } else if (value instanceof Double d) {
            // Always with a decimal point, so that clients inferring types (GDAL) type the
            // attribute Real even when the first values happen to be whole.
            int start = sb.length();
            numbers.number(d);
            if (sb.indexOf(".", start) < 0 && sb.indexOf("E", start) < 0) {
                sb.append(".0");
            }
        } else {
            sb.append(value); // Integer, Long, Boolean
        }
    }
}
