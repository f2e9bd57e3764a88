package fr.oasis.territory.record;

/** A région of the COG. */
public record CogRegion(String code, String name, String origin) {
}
