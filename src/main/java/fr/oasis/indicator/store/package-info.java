/**
 * Storage of imported indicators (Flyway {@code V4_1__indicators.sql}): definitions per indicator
 * and millésime, values per territory. Plain JDBC with constant statements: the values are rows of
 * numbers that entities would only slow down.
 */
package fr.oasis.indicator.store;
