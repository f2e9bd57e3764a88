package fr.oasis.structure;

/**
 * A stored care structure (or, for BPE counts, the structures of one type in one commune).
 *
 * @param communeCode    the current stored commune
 * @param count          structures at this place (BPE counts; 1 for a FINESS establishment)
 * @param lon            WGS84: the establishment's own position, or the commune's reference point
 * @param atCommunePoint true when the position is the commune's reference point (BPE: a count per
 *                       commune, not a location)
 * @param name           establishment name (FINESS), else null
 * @param facilityType   FINESS category label, else null
 * @param finess         FINESS ET number, else null
 */
public record StructureSite(StructureType type, String communeCode, int count, double lon, double lat,
                            boolean atCommunePoint, String name, String facilityType, String finess, String source,
                            int millesime, boolean demo) {
}
