/**
 * Accessibility indicators per commune, profession and practitioner vintage: the APL (E2SFCA)
 * and the time to the nearest practitioner, computed by {@code accessibility.engine} from the
 * stored territories and practitioners, stored with every parameter used, recomputed after each
 * import ({@code ImportCompleted}), aggregated to EPCI, département and région on read, and a
 * scenario service ("a practice with 3 GPs opens here") that recomputes only the catchment the
 * change touches.
 */
package fr.oasis.accessibility;
