/**
 * What is wrong with an imported file, located (file, line or feature, field) for its reader: the
 * problems readers collect and the exception that carries them. Below both the readers
 * ({@code importer.source}) and the import services ({@code importer}).
 */
package fr.oasis.importer.problem;
