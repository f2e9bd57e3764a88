/**
 * Map layers: territory contours as GeoJSON per level, zoom class and bounding box, served from
 * an in-memory cache of pre-serialised features that is rebuilt after each import.
 */
package fr.oasis.map;
