/**
 * Where to act: for a profession and k new practitioners (1 to 10), the communes where installing
 * them reduces most the population under the APL threshold, or the population-weighted deficit,
 * chosen greedily with the incremental recompute
 * ({@link fr.oasis.accessibility.engine.GreedyPlacement} on
 * {@link fr.oasis.accessibility.engine.AplScenario}), with the gain of each step; optionally
 * among candidate communes only (a set of codes: a list, the communes of an EPCI, those already
 * having a practitioner of a profession), and optionally after a retirement horizon. Public
 * surface: {@link fr.oasis.prospective.placement.PlacementService} and its view.
 */
package fr.oasis.prospective.placement;
