package fr.oasis.importer;

import fr.oasis.importer.problem.ImportException;
import fr.oasis.territory.TerritoryQueries;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Puts the commune codes of imported lines on the communes stored in the import's transaction:
 * a code of an older COG is re-keyed to its current commune through the one resolver
 * ({@link TerritoryQueries#communeResolver()}: e.g. 08079, 67014 of the BPE 2018); a code of no
 * stored commune is excluded, and listed in the report with the files it came from (a file of a
 * wider territory is not an error). Refuses to start before any commune is stored. Not
 * thread-safe: one instance per store step.
 */
final class CommuneKeys {
    private final Function<String, Optional<String>> resolver;
    private final Predicate<String> usable;
    private final TreeSet<String> unknown = new TreeSet<>();
    private final TreeSet<String> unknownFiles = new TreeSet<>();
    private long rekeyed;

    private CommuneKeys(Function<String, Optional<String>> resolver, Predicate<String> usable) {
        this.resolver = resolver;
        this.usable = usable;
    }

    /**
     * @param source what the error names when no commune is stored yet (the manifest source type)
     * @throws ImportException before any territory import
     */
    static CommuneKeys of(TerritoryQueries territories, String source) {
        return of(territories, source, code -> true);
    }

    /** Same, keeping only the current communes that pass {@code usable} (e.g. those with a reference point). */
    static CommuneKeys of(TerritoryQueries territories, String source, Predicate<String> usable) {
        if (territories.summary().getOrDefault("commune", 0L) == 0) {
            throw ImportException.of(source, "", "", "no commune is stored yet: import territories first");
        }
        return new CommuneKeys(territories.communeResolver(), usable);
    }

    /** Any-vintage code to current stored code, without the counting of {@link #current}. */
    Function<String, Optional<String>> resolver() {
        return resolver;
    }

    /**
     * The stored commune a published code stands for, counted as re-keyed when it differs; empty
     * (and the code and the file of {@code origin} listed) when no stored commune.
     *
     * @param origin {@code file#line} of the line
     */
    Optional<String> current(String code, String origin) {
        Optional<String> current = resolver.apply(code).filter(usable);
        if (current.isEmpty()) {
            unknown.add(code);
            unknownFiles.add(ImportReport.fileOf(origin));
        } else if (!current.get().equals(code)) {
            rekeyed++;
        }
        return current;
    }

    /**
     * Adds "{@code <lines> re-keyed from a former commune code}" and the list
     * "{@code <codes> commune codes not among the stored communes}" to the report.
     */
    void report(ImportReport report, String lines, String codes) {
        report.count(lines + " re-keyed from a former commune code", rekeyed);
        report.unmatched(codes + " commune codes not among the stored communes", List.copyOf(unknown), unknownFiles);
    }
}
