/**
 * Accessibility engine: the APL (Accessibilité Potentielle Localisée) of the DREES, an enhanced
 * two-step floating catchment area (E2SFCA), and the distance to the nearest practitioner.
 *
 * <p>Definition. For communes numbered densely {@code 0..n-1}, with standardised demand
 * {@code D_i} ({@link fr.oasis.accessibility.engine.Demand}), supply {@code S_j}
 * ({@link fr.oasis.accessibility.engine.Supply}), travel times {@code t_ij} in minutes
 * ({@link fr.oasis.accessibility.engine.TravelTimeModel}) and a decreasing step weight {@code W}
 * ({@link fr.oasis.accessibility.engine.StepWeights}):
 * <pre>
 *   R_j   = S_j / Σ_k W(t_kj) · D_k      (supply per unit of demand reaching it)
 *   APL_i = Σ_j W(t_ij) · R_j            (supply accessible from commune i)
 * </pre>
 * Units follow the supply: consultations per year per standardised inhabitant for general
 * practitioners, or full-time equivalents per standardised inhabitant after an
 * {@link fr.oasis.accessibility.engine.ActivityRule}.
 *
 * <p>Representation (after Conveyal R5): INSEE codes are turned into indices by the caller and
 * back again on output; hot data are parallel primitive arrays; the commune pairs within the
 * weight's zero point are a {@link fr.oasis.accessibility.engine.Catchment} in compressed sparse
 * rows, so every computation is linear in the number of pairs, never in {@code n²}.
 *
 * <p>Travel times: {@link fr.oasis.accessibility.engine.CrowFlyTravelTime},
 * {@link fr.oasis.accessibility.engine.OdMatrixTravelTime} and, on a
 * {@link fr.oasis.accessibility.engine.RoadNetwork}, {@link fr.oasis.accessibility.engine.RoadTravelTime}
 * (access legs to the network, one bounded Dijkstra per commune, a storable
 * {@link fr.oasis.accessibility.engine.TravelTimeTable}).
 *
 * <p>Errors: bad input is an {@link java.lang.IllegalArgumentException}, a broken invariant an
 * {@link java.lang.IllegalStateException}. This package depends on the JDK (and may use JTS) only;
 * {@code EngineDependencyTest} enforces it.
 */
package fr.oasis.accessibility.engine;
