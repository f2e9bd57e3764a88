package fr.oasis.territory.geo;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Test-only GeoJSON reading and writing for the acceptance test on real files. The production
 * readers live in {@code fr.oasis.importer.source}; this is just enough to feed the operations.
 */
final class GeoJsonFixtures {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);

    private GeoJsonFixtures() {
    }

    static JsonNode read(File file) {
        return JSON.readTree(file);
    }

    /** Polygon or MultiPolygon GeoJSON geometry to JTS. */
    static Geometry polygonal(JsonNode geometry) {
        JsonNode coordinates = geometry.get("coordinates");
        List<Polygon> polygons = new ArrayList<>();
        if ("Polygon".equals(geometry.get("type").asString())) {
            polygons.add(polygon(coordinates));
        } else {
            for (JsonNode p : coordinates) {
                polygons.add(polygon(p));
            }
        }
        return polygons.size() == 1 ? polygons.get(0) : FACTORY.createMultiPolygon(polygons.toArray(new Polygon[0]));
    }

    private static Polygon polygon(JsonNode rings) {
        List<LinearRing> all = new ArrayList<>();
        for (JsonNode ring : rings) {
            Coordinate[] coordinates = new Coordinate[ring.size()];
            for (int i = 0; i < ring.size(); i++) {
                coordinates[i] = new Coordinate(ring.get(i).get(0).asDouble(), ring.get(i).get(1).asDouble());
            }
            all.add(FACTORY.createLinearRing(coordinates));
        }
        return FACTORY.createPolygon(all.get(0), all.subList(1, all.size()).toArray(new LinearRing[0]));
    }

    /** "raw kB / gzip kB" of a minimal GeoJSON FeatureCollection (property "code" only). */
    static String featureCollectionSize(java.util.Map<String, ? extends Geometry> geometries) {
        byte[] raw = featureCollection(geometries).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.io.ByteArrayOutputStream zipped = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(zipped)) {
            gzip.write(raw);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return raw.length / 1024 + " kB (gzip " + zipped.size() / 1024 + " kB)";
    }

    private static String featureCollection(java.util.Map<String, ? extends Geometry> geometries) {
        StringBuilder sb = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        geometries.forEach((code, geometry) -> {
            sb.append("{\"type\":\"Feature\",\"properties\":{\"code\":\"").append(code)
                    .append("\"},\"geometry\":{\"type\":\"MultiPolygon\",\"coordinates\":[");
            for (int p = 0; p < geometry.getNumGeometries(); p++) {
                Polygon polygon = (Polygon) geometry.getGeometryN(p);
                sb.append('[');
                for (int r = 0; r <= polygon.getNumInteriorRing(); r++) {
                    Coordinate[] ring = (r == 0 ? polygon.getExteriorRing() : polygon.getInteriorRingN(r - 1)).getCoordinates();
                    sb.append('[');
                    for (Coordinate c : ring) {
                        sb.append('[').append(c.x).append(',').append(c.y).append("],");
                    }
                    sb.setCharAt(sb.length() - 1, ']');
                    sb.append(',');
                }
                sb.setCharAt(sb.length() - 1, ']');
                sb.append(',');
            }
            sb.setCharAt(sb.length() - 1, ']');
            sb.append("}},");
        });
        sb.setCharAt(sb.length() - 1, ']');
        return sb.append('}').toString();
    }
}
