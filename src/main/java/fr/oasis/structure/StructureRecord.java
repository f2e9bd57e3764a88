package fr.oasis.structure;

/**
 * One care structure as a reader emits it, before it is placed on the stored communes.
 * A BPE record counts the structures of one type in one commune ({@code count} ≥ 1, no position:
 * the structures are placed at the commune's reference point); a FINESS record is one
 * establishment ({@code count} 1) with its own WGS84 position and no commune (joined by point).
 *
 * @param communeCode  the published commune code (any COG vintage), null for FINESS
 * @param lon          WGS84, null for BPE counts
 * @param name         the establishment's name (FINESS), null for counts
 * @param facilityType the FINESS category label ("Centre Hospitalier (C.H.)"), null for counts
 * @param finess       the FINESS ET number, null for counts
 * @param vintage      the millésime the file states (BPE {@code AN}, FINESS {@code ref_date}), or null
 * @param origin       "file#line N", for error messages
 */
public record StructureRecord(StructureType type, String communeCode, int count, Double lon, Double lat, String name,
                              String facilityType, String finess, Integer vintage, String origin) {
}
