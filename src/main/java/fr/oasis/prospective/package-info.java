/**
 * The prospective workspace ({@code /prospective}): tools that help prepare a decision rather
 * than observe. This package holds the landing page; each tool lives in a sub-package
 * ({@code scenario}: "what if" scenarios of installations and departures; other sub-packages
 * project retirements, find where to act and compare vintages). Sub-packages may depend on
 * {@code scenario} (e.g. to feed it a projected {@code SupplyBaseline}), never the reverse.
 */
package fr.oasis.prospective;
