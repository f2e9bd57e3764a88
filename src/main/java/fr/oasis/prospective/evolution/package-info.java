/**
 * Change over time: the APL of two stored practitioner vintages compared commune by commune
 * and EPCI by EPCI, under one travel model. Runs computed with different travel models or
 * parameters are never compared as they are: the comparison is refused with a French sentence,
 * or the vintages are recomputed with the current model on request (nothing stored), and the
 * answer says which. The page {@code /prospective/evolution} draws the difference map and the
 * table; {@code /api/prospective/evolution} serves JSON and CSV.
 */
package fr.oasis.prospective.evolution;
