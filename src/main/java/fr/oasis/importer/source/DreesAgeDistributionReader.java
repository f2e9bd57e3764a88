package fr.oasis.importer.source;

import fr.oasis.practitioner.AgeClassCount;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the DREES table of registered practitioners by age class (RPPS on 1 January, from the
 * "démographie des professionnels de santé" application), in long format: comma-separated UTF-8
 * with columns {@code profession, zone, tranche_age, annee, effectif}, one line per profession
 * group, zone, class and year. Classes are published as "1- Moins de 30 ans", "2- Entre 30 et
 * 34 ans" ... "9- 65 ans et plus" (the leading order number is dropped): "Entre a et b ans" is
 * ages a to b ({@code [a, b+1)}), "65 ans et plus" is open, "Moins de x ans" is taken as
 * {@code [x-5, x)}. The "Ensemble" total lines are not stored (they are checked: a total that
 * differs from the sum of its classes is a warning). An unknown class wording, a count that is not
 * a whole number {@code >= 0}, a year outside 1950-2100 or a line repeated are errors naming the
 * line and field. Immutable and thread-safe.
 */
public final class DreesAgeDistributionReader implements SourceReader<AgeClassCount> {
    private static final List<String> COLUMNS = List.of("profession", "zone", "tranche_age", "annee", "effectif");
    private static final Pattern ORDER = Pattern.compile("^\\d+\\s*-\\s*");
    private static final Pattern BETWEEN = Pattern.compile("(?i)^entre (\\d{1,3}) et (\\d{1,3}) ans$");
    private static final Pattern UNDER = Pattern.compile("(?i)^moins de (\\d{1,3}) ans$");
    private static final Pattern OVER = Pattern.compile("(?i)^(\\d{1,3}) ans et plus$");
    private final ReadLimits limits;

    public DreesAgeDistributionReader() {
        this(ReadLimits.DEFAULT);
    }

    public DreesAgeDistributionReader(ReadLimits limits) {
        this.limits = limits;
    }

    @Override
    public String format() {
        return "drees-rpps-age-classes";
    }

    @Override
    public boolean canRead(Path file) {
        return SourceFiles.hasExtension(file, "csv")
                && SourceFiles.firstLine(file).replace("\"", "").strip().equals(String.join(",", COLUMNS));
    }

    @Override
    public ReadResult<AgeClassCount> read(Path file) {
        Problems problems = SourceFiles.open(file, limits);
        List<AgeClassCount> records = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        Map<String, long[]> totals = new HashMap<>(); // group|zone|year -> {published total, sum of classes}
        int[] lines = {0};
        int[] skipped = {0};
        try (CsvTable table = CsvTable.open(file, ',', problems)) {
            table.require(COLUMNS);
            table.forEachRow(row -> {
                lines[0]++;
                String group = row.required("profession");
                String zone = row.required("zone");
                String label = row.required("tranche_age");
                Long year = row.wholeNumber("annee");
                Long count = row.wholeNumber("effectif");
                if (year != null && (year < 1950 || year > 2100)) {
                    problems.error(row.location(), "annee", "year " + year + " outside 1950-2100");
                    year = null;
                }
                if (count != null && count < 0) {
                    problems.error(row.location(), "effectif", "negative count " + count);
                    count = null;
                }
                if (group == null || zone == null || label == null || year == null || count == null) {
                    return;
                }
                String totalKey = group + "|" + zone + "|" + year;
                long[] total = totals.computeIfAbsent(totalKey, k -> new long[]{-1, 0});
                String wording = ORDER.matcher(label).replaceFirst("").strip();
                if (wording.equalsIgnoreCase("Ensemble")) {
                    total[0] = count;
                    skipped[0]++;
                    return;
                }
                int[] bounds = bounds(wording);
                if (bounds == null) {
                    problems.error(row.location(), "tranche_age", "unknown age class '" + label
                            + "' (expected 'Moins de x ans', 'Entre a et b ans', 'x ans et plus' or 'Ensemble')");
                    return;
                }
                String key = totalKey + "|" + bounds[0];
                String first = seen.putIfAbsent(key, row.location());
                if (first != null) {
                    problems.error(row.location(), "tranche_age", "class '" + label + "' of " + group + ", " + zone
                            + ", " + year + " already given on " + first);
                    return;
                }
                total[1] += count;
                records.add(new AgeClassCount(group, zone, label, bounds[0], bounds[1] < 0 ? null : bounds[1],
                        year.intValue(), count, problems.file() + "#" + row.location()));
            });
        }
        totals.forEach((key, t) -> {
            if (t[0] >= 0 && t[0] != t[1]) {
                problems.warn("", "effectif", "total 'Ensemble' of " + key.replace('|', ' ') + " is " + t[0]
                        + " but its classes sum to " + t[1]);
            }
        });
        if (skipped[0] > 0) {
            problems.warn("", "tranche_age", skipped[0] + " 'Ensemble' total lines checked, not stored");
        }
        return problems.result(records, lines[0], skipped[0], null);
    }

    /** {first age, first age after (or -1 when open)}, or null for an unknown wording. */
    static int[] bounds(String wording) {
        Matcher m = BETWEEN.matcher(wording);
        if (m.matches()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            return b >= a ? new int[]{a, b + 1} : null;
        }
        m = UNDER.matcher(wording);
        if (m.matches()) {
            int x = Integer.parseInt(m.group(1));
            return x >= 5 ? new int[]{x - 5, x} : null;
        }
        m = OVER.matcher(wording);
        if (m.matches()) {
            return new int[]{Integer.parseInt(m.group(1)), -1};
        }
        return null;
    }
}
