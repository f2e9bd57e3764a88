/**
 * Typed records of the territory sources (COG communes, EPCI, départements, régions, commune
 * contours, reference points, census population by age) as readers emit them and as the
 * territory geometry operations ({@code territory.geo}) take them: they live here, below both
 * the importer and those operations, so that neither depends on the other. Every record is in
 * WGS84 (EPSG:4326) lon/lat and keyed by INSEE/SIREN codes kept as strings (leading zeros,
 * Corsica's 2A/2B). A record says where it came from ({@code origin}: file and line or feature)
 * so that later validation errors can still name the place in the source file.
 */
package fr.oasis.territory.record;
