package fr.oasis.importer.source;

import fr.oasis.importer.problem.ImportProblem;

import java.util.List;

/**
 * What a reader returns when a file had no error.
 *
 * @param records   the records, in file order (one per item unless the reader documents a merge)
 * @param warnings  things done to the data that an administrator should see (repairs, skips)
 * @param itemsRead features, objects or data lines seen in the file, including skipped ones
 * @param skipped   items deliberately not turned into records (each has a warning)
 * @param vintage   the data year (millésime) when the file states it, e.g. from
 *                  {@code v_commune_2024.csv} or a {@code P21_} column prefix; otherwise null
 * @param <T>       record type
 */
public record ReadResult<T>(List<T> records, List<ImportProblem> warnings, int itemsRead, int skipped,
                            Integer vintage) {
    public ReadResult {
        records = List.copyOf(records);
        warnings = List.copyOf(warnings);
    }
}
