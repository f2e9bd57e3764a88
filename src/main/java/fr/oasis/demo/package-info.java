/**
 * A deterministic, clearly fictional demonstration territory: one région, two départements,
 * about 120 communes with contours, EPCI, chefs-lieux and population by age.
 * <p>
 * It exists so that the application can be shown, tested end to end and developed without the
 * real open-data files, and it emits exactly the record types of
 * {@link fr.oasis.importer.record} so that it goes through the same import path as real data.
 * Its codes ({@code 99}, {@code 9A}, {@code 9B}, {@code 999000001}…) cannot collide with real
 * INSEE or SIREN codes, and every record's origin says "données de démonstration".
 */
package fr.oasis.demo;
