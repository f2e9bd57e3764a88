/**
 * "What if" scenarios: practitioners install or leave, a maison de santé opens with a team; the
 * APL and the time to the nearest practitioner are evaluated against a {@code SupplyBaseline}
 * (the current situation by default, or one projected N years ahead by another module through
 * {@code ProjectedBaselines}, e.g. after retirements) by recomputing only the touched catchments
 * ({@code accessibility.engine.AplScenario}); scenarios are saved, listed, reopened, exported
 * (CSV, one-page PDF). Nothing here writes the stored practitioners or indicators.
 */
package fr.oasis.prospective.scenario;
