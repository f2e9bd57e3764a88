/**
 * Typed records of the practitioner and indicator sources that readers emit and the import
 * services store (territory records live in {@code territory.record}, below the geometry
 * operations that take them). Coordinates are WGS84 (EPSG:4326) lon/lat; codes are INSEE/SIREN
 * strings. A record says where it came from ({@code origin}: file and line or feature) so that
 * later validation errors can still name the place in the source file.
 */
package fr.oasis.importer.record;
