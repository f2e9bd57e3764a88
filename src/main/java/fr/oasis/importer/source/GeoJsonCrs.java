package fr.oasis.importer.source;

import tools.jackson.databind.JsonNode;

/**
 * Checks the legacy GeoJSON {@code crs} member (GeoJSON 2008; RFC 7946 dropped it but GDAL still
 * writes it). WGS84 names are {@code urn:ogc:def:crs:OGC:1.3:CRS84} and any EPSG 4326 form, which
 * in GeoJSON files is written lon/lat in practice. Commune contours may also be in any other EPSG
 * code proj4j knows ({@link #epsg}: {@code urn:ogc:def:crs:EPSG::2975}, {@code EPSG:2154}…), and
 * are reprojected; an unknown CRS is an error, because reading e.g. metres as degrees would
 * silently put communes off the map.
 */
final class GeoJsonCrs {
    private GeoJsonCrs() {
    }

    /** Refuses any CRS but WGS84 (for files whose readers do not reproject). */
    static void check(JsonNode crs, Problems problems) {
        if (crs == null || crs.isNull()) {
            return;
        }
        String name = name(crs, problems);
        if (code(name) != 4326) {
            throw problems.fatal("", "crs", "coordinates are declared in " + name
                    + ", expected WGS84 (CRS84 or EPSG:4326); reproject the file");
        }
    }

    /**
     * The EPSG code of the declared CRS: 4326 for WGS84 (or no {@code crs} member), else any code
     * proj4j knows.
     *
     * @throws ImportException-style fatal problem naming {@code crs} for an unknown or unnamed CRS
     */
    static int epsg(JsonNode crs, Problems problems) {
        if (crs == null || crs.isNull()) {
            return 4326;
        }
        String name = name(crs, problems);
        int code = code(name);
        if (code < 0 || !fr.oasis.territory.geo.Projections.isKnown(code)) {
            throw problems.fatal("", "crs", "unknown coordinate system " + name
                    + "; expected WGS84 (CRS84, EPSG:4326) or an EPSG code such as EPSG:2154 or EPSG:2975");
        }
        return code;
    }

    /** 4326 for WGS84 names, the EPSG code of {@code EPSG:N}, {@code urn:ogc:def:crs:EPSG::N} or an OGC URI, else -1. */
    private static int code(String name) {
        String n = name.toUpperCase(java.util.Locale.ROOT);
        if (n.endsWith("CRS84")) {
            return 4326;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("EPSG(?::{1,2}|/0/|:[\\d.]*:)(\\d+)$").matcher(n);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    private static String name(JsonNode crs, Problems problems) {
        JsonNode properties = crs.get("properties");
        String name = properties == null ? null : JsonSource.text(properties, "name");
        if (name == null) {
            throw problems.fatal("", "crs", "crs member without a name; expected WGS84 (CRS84 or EPSG:4326)");
        }
        return name;
    }
}
