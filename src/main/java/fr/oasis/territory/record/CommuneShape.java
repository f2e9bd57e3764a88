package fr.oasis.territory.record;

import org.locationtech.jts.geom.Geometry;

/**
 * A commune contour as published by a geometry source (etalab/france-geojson GeoJSON, IGN ADMIN
 * EXPRESS GeoPackage). The optional codes are filled only by sources that carry them.
 *
 * @param code       INSEE commune code of the source's vintage
 * @param name       name in the source, may be null
 * @param geometry   Polygon or MultiPolygon in WGS84, SRID 4326, valid
 * @param epciCode   SIREN of the EPCI (ADMIN EXPRESS {@code SIREN_EPCI}), or null
 * @param departementCode département code ({@code INSEE_DEP}), or null
 * @param regionCode région code ({@code INSEE_REG}), or null
 * @param origin     "file#feature N" for error messages
 */
public record CommuneShape(String code, String name, Geometry geometry, String epciCode,
                           String departementCode, String regionCode, String origin) {
}
