/**
 * Source readers: one class per published file format, turning a real open-data file into the
 * typed records of {@link fr.oasis.importer.record}. A reader knows one format only; it does not
 * reconcile vintages, join files or store anything (that is the import service's job).
 * <p>
 * Contract shared by every {@link fr.oasis.importer.source.SourceReader}:
 * <ul>
 * <li>{@code canRead(path)} is cheap: extension plus a sniff of the first few kilobytes; it never
 * throws for an unreadable or foreign file, it answers {@code false}.</li>
 * <li>{@code read(path)} refuses a file larger than {@link fr.oasis.importer.source.ReadLimits#maxBytes()}
 * before parsing, then either returns every record or throws one
 * {@link fr.oasis.importer.problem.ImportException} carrying up to
 * {@link fr.oasis.importer.source.ReadLimits#maxProblems()} problems. Each problem names the file
 * (its name only, never a server path), the location ("line 12" for CSV, where line 1 is the
 * header; "feature 7" for GeoJSON, counted from 1; "object 3" for JSON arrays, counted from 1;
 * "row 2" for GeoPackage tables) and the field.</li>
 * <li>Things that are not errors but that the caller may want to report (a polygon repaired, a
 * feature without a point skipped) come back as warnings in the {@link fr.oasis.importer.source.ReadResult}.</li>
 * <li>Text is kept verbatim ({@code <script>} in a name is data; escaping is the web layer's job)
 * except that control characters other than tab are rejected: no published name contains one,
 * so their presence means a corrupt or crafted file.</li>
 * <li>Geometries come out in WGS84 (SRID 4326), polygonal and valid.</li>
 * </ul>
 * Readers are immutable and thread-safe; one instance may read many files concurrently.
 */
package fr.oasis.importer.source;
