/**
 * Imports: reads source files into typed records ({@code source}), reconciles vintages and
 * derives dissolved and map-ready geometries, then stores everything in one transaction through
 * the territory module. A failed import changes nothing that was stored before; every import,
 * failed or not, leaves a row in the audit trail ({@code import_run}).
 */
package fr.oasis.importer;
