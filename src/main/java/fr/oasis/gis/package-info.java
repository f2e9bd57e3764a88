/**
 * Oasis in GIS tools: the catalogue's indicators joined to the territory contours as one attribute
 * table per level ({@link fr.oasis.gis.IndicatorLayers}), served as OGC API - Features (Part 1
 * Core + GeoJSON, under {@code /ogc}) and downloaded as GeoPackage or GeoJSON
 * ({@code /api/layers/{level}.gpkg}, {@code .geojson}, and the filter's result). Nothing is
 * computed here: values come from {@link fr.oasis.indicator.IndicatorCatalogue}, which reads the
 * stored accessibility results.
 */
package fr.oasis.gis;
