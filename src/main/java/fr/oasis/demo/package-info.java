/**
 * A deterministic, clearly fictional demonstration territory, of one of two scales
 * ({@code oasis.demo.scale}, {@link fr.oasis.demo.DemoScale}): by default one région, two
 * départements, about 120 communes with contours, EPCI, chefs-lieux and population by age;
 * {@code france}, a national-size territory of about 35,000 communes, 1,250 EPCI, 101
 * départements and 18 régions ({@link fr.oasis.demo.DemoNation}). Both come with practitioners
 * and a road network.
 * <p>
 * It exists so that the application can be shown, tested end to end, developed and measured at
 * scale without the real open-data files, and it emits exactly the record types the importers
 * emit so that it goes through the same import path as real data. Its codes ({@code 99},
 * {@code 9A}, {@code 9B}, {@code 999000001}…; {@code R01}, {@code AA}, {@code AA001},
 * {@code 998000001}… at the national scale) cannot collide with real INSEE or SIREN codes, and
 * every record's origin says "données de démonstration".
 */
package fr.oasis.demo;
