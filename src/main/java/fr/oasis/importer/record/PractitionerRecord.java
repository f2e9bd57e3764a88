package fr.oasis.importer.record;

/**
 * One liberal practitioner at one practice site, as a source reader found it. A person practising
 * at several sites gives one record per site; a BPE count of n gives n records.
 *
 * @param id            unique within one read: the RPPS number and site index ({@code "PP#1"}),
 *                      the file's own id, or {@code BPE-<commune>-<TYPEQU>-<n>}
 * @param professionKey key of a {@link fr.oasis.practitioner.Profession}, e.g. {@code "MG"}
 * @param specialty     the source's specialty code (RPPS savoir-faire such as {@code SM54}, or free
 *                      text from a CSV), or null
 * @param communeCode   INSEE code of the practice site's commune, in the source's COG vintage
 * @param lon           WGS84 longitude of the site in degrees, or null when only the commune is
 *                      known (the site is then placed at the commune's reference point)
 * @param lat           WGS84 latitude in degrees, null exactly when {@code lon} is
 * @param activity      yearly activity in the profession's
 *                      {@link fr.oasis.practitioner.AplParameters#activityUnit() activity unit},
 *                      already divided between sites; null means unknown, and the profession's
 *                      default applies later
 * @param age           age in years, or null when the source has none (RPPS open data do not)
 * @param countBased    true when the record was made from a per-commune count (BPE) rather than a
 *                      real person and address: its id, position and activity are synthetic
 * @param origin        "file#line N" of the line the record comes from (the first one when
 *                      several lines were merged)
 */
public record PractitionerRecord(String id, String professionKey, String specialty, String communeCode,
                                 Double lon, Double lat, Double activity, Integer age, boolean countBased,
                                 String origin) {
    public PractitionerRecord {
        if (id == null || professionKey == null || communeCode == null || origin == null) {
            throw new IllegalArgumentException("id, profession, commune and origin are required: " + origin);
        }
        if ((lon == null) != (lat == null)) {
            throw new IllegalArgumentException("lon and lat go together: " + origin);
        }
        if (activity != null && !(activity >= 0)) {
            throw new IllegalArgumentException("activity must be non-negative: " + activity + " at " + origin);
        }
    }
}
