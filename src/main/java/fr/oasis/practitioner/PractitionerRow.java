package fr.oasis.practitioner;

/**
 * A stored practitioner at one practice site, keyed to a CURRENT commune.
 *
 * @param sourceId    the id in its source (RPPS and site index, file id, or synthetic for counts)
 * @param profession  {@link Profession} key
 * @param specialty   source specialty code, or null
 * @param communeCode current INSEE code of the practice site
 * @param lon         site longitude, or null (placed at the commune's reference point)
 * @param lat         site latitude, or null
 * @param activity    yearly activity in the profession's unit, or null (profession default)
 * @param age         age in years, or null when unknown
 * @param countBased  placed from a per-commune count rather than a real address
 */
public record PractitionerRow(String sourceId, String profession, String specialty, String communeCode, Double lon,
                              Double lat, Double activity, Integer age, boolean countBased) {
}
