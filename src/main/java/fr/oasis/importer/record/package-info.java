/**
 * Typed records that source readers emit and the import service stores. Every record is in
 * WGS84 (EPSG:4326) lon/lat and keyed by INSEE/SIREN codes kept as strings (leading zeros,
 * Corsica's 2A/2B). A record says where it came from ({@code origin}: file and line or feature)
 * so that later validation errors can still name the place in the source file.
 */
package fr.oasis.importer.record;
