package fr.oasis.importer.record;

/**
 * One line of a commune → group table: commune {@code communeCode} belongs to the group
 * {@code groupCode} named {@code groupName}. The grouping type (TVS, CPTS...) is the manifest's.
 *
 * @param communeCode commune code as published (possibly of an older COG)
 * @param origin      "file#line N", for problems
 */
public record GroupingMemberRecord(String groupCode, String groupName, String communeCode, String origin) {
}
