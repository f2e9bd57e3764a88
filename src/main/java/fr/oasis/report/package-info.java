/**
 * Territorial identity reports. {@link fr.oasis.report.ReportService} builds one
 * {@link fr.oasis.report.TerritoryReport} per territory or custom set of communes: the subject,
 * its département and région references, sections of figures (each with source and millésime),
 * charts and tables, and a short French summary. The HTML page ({@code /reports/...}), the JSON
 * API ({@code /api/reports/...}) and the PDF, XLSX and CSV views all render that one value. Every
 * comparison is a ratio of sums over the communes, or the indicator's own aggregation rule. See
 * {@code docs/reports.md}.
 */
package fr.oasis.report;
