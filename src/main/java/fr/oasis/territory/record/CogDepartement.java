package fr.oasis.territory.record;

/** A département of the COG. */
public record CogDepartement(String code, String name, String regionCode, String origin) {
}
