/**
 * Delimited text files (CSV with a comma, semicolon or pipe) read the one way every Oasis reader
 * needs: {@link fr.oasis.tabular.DelimitedFile} streams a file record by record at the byte level
 * (no object per field), checks its header, field counts, UTF-8 and field lengths, parses numbers
 * with the one grammar of {@link fr.oasis.tabular.Decimals} (a decimal point or comma, one per
 * file) and reports every problem as a {@link fr.oasis.tabular.TableFileException} naming the
 * file, the line and the field.
 * <p>
 * A low-level library: JDK only, no dependency on any other Oasis package, so that the importers,
 * the {@code apl} command and the road network readers can all use it without cycles.
 */
package fr.oasis.tabular;
