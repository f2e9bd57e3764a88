package fr.oasis.importer.source;

import tools.jackson.databind.JsonNode;

/**
 * Checks the legacy GeoJSON {@code crs} member (GeoJSON 2008; RFC 7946 dropped it but GDAL still
 * writes it). WGS84 names are accepted: {@code urn:ogc:def:crs:OGC:1.3:CRS84} and any EPSG 4326
 * form, which in GeoJSON files is written lon/lat in practice. Any other named CRS is an error,
 * because reading e.g. Lambert-93 metres as degrees would silently put communes off the map.
 */
final class GeoJsonCrs {
    private GeoJsonCrs() {
    }

    static void check(JsonNode crs, Problems problems) {
        if (crs == null || crs.isNull()) {
            return;
        }
        JsonNode properties = crs.get("properties");
        String name = properties == null ? null : JsonSource.text(properties, "name");
        if (name == null) {
            throw problems.fatal("", "crs", "crs member without a name; expected WGS84 (CRS84 or EPSG:4326)");
        }
        String n = name.toUpperCase(java.util.Locale.ROOT);
        boolean wgs84 = n.endsWith("CRS84") || n.matches(".*EPSG:{1,2}(\\d+\\.?\\d*:)?4326");
        if (!wgs84) {
            throw problems.fatal("", "crs", "coordinates are declared in " + name
                    + ", expected WGS84 (CRS84 or EPSG:4326); reproject the file");
        }
    }
}
