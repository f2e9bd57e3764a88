package fr.oasis.practitioner;

/**
 * Registered practitioners of one profession group in one age class, one year (a line of the
 * DREES RPPS age table).
 *
 * @param group      profession group as the source names it ({@code medecins}, {@code infirmiers}...)
 * @param zone       territory of the count ({@code FR}: France entière)
 * @param classLabel the class as published, e.g. "Entre 30 et 34 ans"
 * @param minAge     first age of the class, in whole years
 * @param endAge     first age after the class (exclusive), or null for the open last class ("65 ans et plus")
 * @param year       year of the count (RPPS on 1 January)
 * @param count      practitioners, {@code >= 0}
 * @param origin     file and line, for messages
 */
public record AgeClassCount(String group, String zone, String classLabel, int minAge, Integer endAge, int year,
                            long count, String origin) {
}
