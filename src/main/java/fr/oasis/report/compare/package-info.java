/**
 * Comparison of several territories of one level (EPCI first) side by side: every indicator of
 * the catalogue as a row, each chosen territory's value with its rank among the territories of
 * the same level in its région, and the région as reference. Served as JSON
 * ({@code /api/compare}), as a page ({@code /reports/compare}) and as CSV/XLSX exports; all are
 * views of one {@link fr.oasis.report.compare.Comparison} value, so they cannot disagree.
 */
package fr.oasis.report.compare;
