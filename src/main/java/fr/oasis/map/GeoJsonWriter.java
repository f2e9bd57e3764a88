package fr.oasis.map;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes GeoJSON geometry and string members by hand: JTS core has no GeoJSON writer, and a
 * hand-written one lets coordinates be rounded to the decimals a zoom level needs (the main lever
 * on payload size). Public for the GIS downloads and the OGC API ({@code fr.oasis.gis}), which write
 * the same geometries. Not thread-safe: one writer per output.
 */
public final class GeoJsonWriter {
    private final StringBuilder out;
    private final double scale;

    /** @param decimals decimals kept in coordinates and numbers (6 for degrees ≈ 0.1 m) */
    public GeoJsonWriter(StringBuilder out, int decimals) {
        this.out = out;
        this.scale = Math.pow(10, decimals);
    }

    public void point(double lon, double lat) {
        out.append("{\"type\":\"Point\",\"coordinates\":[");
        number(lon);
        out.append(',');
        number(lat);
        out.append("]}");
    }

    /** A Polygon when the territory is in one piece (most are: fewer bytes), else a MultiPolygon. */
    public void polygonal(MultiPolygon geometry) {
        if (geometry.getNumGeometries() == 1) {
            out.append("{\"type\":\"Polygon\",\"coordinates\":");
            polygon((Polygon) geometry.getGeometryN(0));
            out.append('}');
        } else {
            multiPolygon(geometry);
        }
    }

    public void multiPolygon(MultiPolygon geometry) {
        out.append("{\"type\":\"MultiPolygon\",\"coordinates\":[");
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            if (i > 0) {
                out.append(',');
            }
            polygon((Polygon) geometry.getGeometryN(i));
        }
        out.append("]}");
    }

    private void polygon(Polygon polygon) {
        out.append('[');
        ring(polygon.getExteriorRing());
        for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
            out.append(',');
            ring(polygon.getInteriorRingN(i));
        }
        out.append(']');
    }

    private void ring(LineString ring) {
        out.append('[');
        Coordinate[] coordinates = ring.getCoordinates();
        for (int i = 0; i < coordinates.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append('[');
            number(coordinates[i].x);
            out.append(',');
            number(coordinates[i].y);
            out.append(']');
        }
        out.append(']');
    }

    /** A number rounded to the writer's decimals, without a trailing {@code .0} for whole values. */
    public void number(double value) {
        double rounded = Math.round(value * scale) / scale;
        if (rounded == Math.rint(rounded) && Math.abs(rounded) < 1e15) {
            out.append((long) rounded);
        } else {
            out.append(rounded);
        }
    }

    /** A JSON string with the escapes RFC 8259 requires, plus {@code <}/{@code >} so it is safe inside HTML. */
    public static void string(StringBuilder out, String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
