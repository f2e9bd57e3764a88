/**
 * Groupings of communes drawn in the portal (CPTS, CLS, other perimeters): the API and page where
 * an ANALYST or ADMIN picks communes on the map (click, or every commune of some EPCI) or pastes
 * codes, renames, edits and deletes them; every change is audited. Storage, rules and the
 * territory level they become belong to {@code territory} ({@code GroupingStore}).
 */
package fr.oasis.grouping;
