package fr.oasis.importer;

import fr.oasis.importer.problem.ImportProblem;
import fr.oasis.importer.problem.ImportException;
import fr.oasis.importer.record.IndicatorRecord;
import fr.oasis.indicator.store.Aggregation;
import fr.oasis.indicator.store.IndicatorValue;
import fr.oasis.territory.TerritoryLevel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Puts published figures on the stored territories. Commune codes of an older COG are re-keyed to
 * their current commune; when several former communes merged into one, their figures combine by
 * the indicator's rule: SUM adds the values, RATIO adds numerators and denominators, and a median
 * (NONE) or a WEIGHTED_MEAN becomes missing (the former communes' weights are not known), which
 * is counted. Any missing part makes the merged figure missing. Codes of other levels must be
 * stored as they are; unknown codes of any level are counted and listed, not errors (an older
 * EPCI, a département outside the imported territory). Not thread-safe: one instance per import.
 */
final class IndicatorRekeyer {
    /** A file imported twice would otherwise list every line. */
    private static final int MAX_PROBLEMS = 50;
    private final Function<String, Optional<String>> communes;
    private final Map<TerritoryLevel, Set<String>> stored;
    private final Map<TerritoryLevel, TreeSet<String>> unknown = new LinkedHashMap<>();
    private final Map<TerritoryLevel, TreeSet<String>> unknownFiles = new LinkedHashMap<>();
    private final Map<String, List<IndicatorRecord>> byTarget = new LinkedHashMap<>();
    private final Map<String, String> firstOrigin = new java.util.HashMap<>();
    private final List<ImportProblem> duplicates = new ArrayList<>();
    private long rekeyed;
    private long mergedToMissing;
    private List<IndicatorValue> values;

    /**
     * @param communes resolver of any-vintage commune codes ({@code TerritoryQueries.communeResolver()})
     * @param stored   the stored codes of the other levels
     */
    IndicatorRekeyer(Function<String, Optional<String>> communes, Map<TerritoryLevel, Set<String>> stored) {
        this.communes = communes;
        this.stored = stored;
    }

    void add(IndicatorRecord r) {
        TerritoryLevel level = TerritoryLevel.fromKey(r.level());
        Optional<String> target = level == TerritoryLevel.COMMUNE ? communes.apply(r.code())
                : Optional.of(r.code()).filter(stored.getOrDefault(level, Set.of())::contains);
        if (target.isEmpty()) {
            unknown.computeIfAbsent(level, l -> new TreeSet<>()).add(r.code());
            unknownFiles.computeIfAbsent(level, l -> new TreeSet<>()).add(ImportReport.fileOf(r.origin()));
            return;
        }
        // The same published code twice (in one file or two) is a duplicate, not a merger.
        String published = r.indicator() + " " + r.year() + " for " + r.level() + " " + r.code();
        String first = firstOrigin.putIfAbsent(published, r.origin());
        if (first != null) {
            if (duplicates.size() < MAX_PROBLEMS) {
                duplicates.add(ImportProblem.at(r.origin(), "code", "second figure of " + published + " (first at "
                        + first + ")"));
            }
            return;
        }
        rekeyed += target.get().equals(r.code()) ? 0 : 1;
        byTarget.computeIfAbsent(r.indicator() + "|" + r.year() + "|" + r.level() + "|" + target.get(),
                k -> new ArrayList<>()).add(r.withCode(target.get()));
    }

    /**
     * The figures to store, one per (indicator, year, level, territory); computed once, after the
     * last {@link #add}.
     */
    List<IndicatorValue> values() {
        if (!duplicates.isEmpty()) {
            throw new ImportException(duplicates);
        }
        if (values == null) {
            values = new ArrayList<>(byTarget.size());
            for (List<IndicatorRecord> parts : byTarget.values()) {
                values.add(parts.size() == 1 ? value(parts.get(0)) : merged(parts));
            }
        }
        return values;
    }

    /** Adds the counts and unknown codes to the report; after {@link #values()}. */
    void report(ImportReport report) {
        report.count("indicator figures re-keyed from a former commune code", rekeyed);
        report.count("indicator figures made missing by a commune merger (median or mean)", mergedToMissing);
        unknown.forEach((level, codes) -> {
            report.count("indicator figures skipped (" + level.key() + " not stored)", codes.size());
            report.unmatched("indicator " + level.key() + " codes not among the stored territories",
                    List.copyOf(codes), unknownFiles.get(level));
        });
    }

    private IndicatorValue merged(List<IndicatorRecord> parts) {
        IndicatorRecord first = parts.get(0);
        Aggregation rule = first.aggregation();
        if (rule == Aggregation.SUM) {
            return new IndicatorValue(first.indicator(), first.year(), TerritoryLevel.COMMUNE, first.code(),
                    sum(parts, IndicatorRecord::value), null, null);
        }
        if (rule == Aggregation.RATIO) {
            Double num = sum(parts, IndicatorRecord::numerator);
            Double den = sum(parts, IndicatorRecord::denominator);
            Double value = num == null || den == null || den == 0 ? null : num / den * first.scale();
            return new IndicatorValue(first.indicator(), first.year(), TerritoryLevel.COMMUNE, first.code(), value,
                    num, den);
        }
        mergedToMissing++;
        return new IndicatorValue(first.indicator(), first.year(), TerritoryLevel.COMMUNE, first.code(), null, null,
                null);
    }

    /** The sum of a number over the parts; null as soon as one part lacks it. */
    private static Double sum(List<IndicatorRecord> parts, Function<IndicatorRecord, Double> number) {
        double total = 0;
        for (IndicatorRecord p : parts) {
            Double n = number.apply(p);
            if (n == null) {
                return null;
            }
            total += n;
        }
        return total;
    }

    private static IndicatorValue value(IndicatorRecord r) {
        return new IndicatorValue(r.indicator(), r.year(), TerritoryLevel.fromKey(r.level()), r.code(), r.value(),
                r.numerator(), r.denominator());
    }
}
