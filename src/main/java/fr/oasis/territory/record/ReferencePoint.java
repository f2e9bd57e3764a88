package fr.oasis.territory.record;

/**
 * The point where a commune's residents are taken to live for travel times: the chef-lieu
 * (town hall) where known.
 *
 * @param communeCode INSEE code of the source's vintage
 * @param lon         WGS84 longitude
 * @param lat         WGS84 latitude
 * @param source      provenance label, e.g. "chef_lieu_carto"
 * @param origin      "file#feature N"
 */
public record ReferencePoint(String communeCode, double lon, double lat, String source, String origin) {
}
