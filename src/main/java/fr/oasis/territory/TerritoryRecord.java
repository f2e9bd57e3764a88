package fr.oasis.territory;

import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;

/**
 * A territory as the import writes it and the queries read it.
 *
 * @param level                administrative level
 * @param code                 INSEE code, or SIREN for an EPCI
 * @param name                 official name
 * @param epciCode             for a commune, its EPCI (null for the few without one)
 * @param departementCode      for a commune or an EPCI, its (main) département
 * @param regionCode           for all but a région, its région
 * @param population           population municipale, null when unknown
 * @param areaKm2              area measured in Lambert-93
 * @param geometry             full-detail contour in WGS84
 * @param referencePoint       for a commune, where its residents are taken to live (chef-lieu)
 * @param referencePointSource "chef-lieu" or "interior-point"
 */
public record TerritoryRecord(TerritoryLevel level, String code, String name, String epciCode,
                              String departementCode, String regionCode, Integer population, Double areaKm2,
                              MultiPolygon geometry, Point referencePoint, String referencePointSource) {
}
