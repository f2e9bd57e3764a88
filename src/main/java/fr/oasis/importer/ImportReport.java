package fr.oasis.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an import did: counts per kind of record stored, the codes it could not match (listed,
 * never silently dropped) and how long each stage took.
 */
public final class ImportReport {
    private static final int MAX_LISTED = 200;
    private final Map<String, Long> counts = new LinkedHashMap<>();
    private final Map<String, List<String>> unmatched = new LinkedHashMap<>();
    private final Map<String, java.util.TreeSet<String>> unmatchedFiles = new LinkedHashMap<>();
    private final List<String> warnings = new ArrayList<>();
    private final Map<String, Long> timingsMs = new LinkedHashMap<>();

    public void count(String what, long n) {
        counts.merge(what, n, Long::sum);
    }

    /** Records codes of kind {@code what} that could not be matched (e.g. "contour codes not in the COG"). */
    public void unmatched(String what, java.util.Collection<String> codes) {
        if (!codes.isEmpty()) {
            unmatched.computeIfAbsent(what, k -> new ArrayList<>()).addAll(codes);
        }
    }

    /**
     * Records unmatched codes and the files they come from, so that the summary says where to look:
     * {@code origins} are the records' "file#location" origins (or plain file names).
     */
    public void unmatched(String what, java.util.Collection<String> codes, java.util.Collection<String> origins) {
        if (!codes.isEmpty()) {
            unmatched(what, codes);
            origins.forEach(o -> unmatchedFiles.computeIfAbsent(what, k -> new java.util.TreeSet<>())
                    .add(o == null ? "" : o.replaceFirst("#.*", "")));
        }
    }

    /** The file of a record's "file#location" origin. */
    public static String fileOf(String origin) {
        return origin == null ? "" : origin.replaceFirst("#.*", "");
    }

    public void warn(String message) {
        warnings.add(message);
    }

    public void timing(String stage, long millis) {
        timingsMs.put(stage, millis);
    }

    /** Adds everything another report holds (a manifest with several imports reports once). */
    public void absorb(ImportReport other) {
        other.counts.forEach(this::count);
        other.unmatched.forEach(this::unmatched);
        other.unmatchedFiles.forEach((k, files) -> unmatchedFiles.computeIfAbsent(k, x -> new java.util.TreeSet<>())
                .addAll(files));
        warnings.addAll(other.warnings);
        other.timingsMs.forEach((stage, ms) -> timingsMs.merge(stage, ms, Long::sum));
    }

    public Map<String, Long> counts() {
        return counts;
    }

    public Map<String, List<String>> unmatchedCodes() {
        return unmatched;
    }

    /** The files the unmatched codes of each kind come from, when known. */
    public Map<String, java.util.TreeSet<String>> unmatchedFiles() {
        return unmatchedFiles;
    }

    public List<String> warnings() {
        return warnings;
    }

    public Map<String, Long> timingsMs() {
        return timingsMs;
    }

    /** A plain-text summary for the console and the audit trail. */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        counts.forEach((k, v) -> sb.append("  ").append(k).append(": ").append(v).append('\n'));
        unmatched.forEach((k, codes) -> {
            sb.append("  unmatched ").append(k).append(" (").append(codes.size());
            if (unmatchedFiles.containsKey(k)) {
                sb.append(", in ").append(String.join(", ", unmatchedFiles.get(k)));
            }
            sb.append("): ");
            sb.append(String.join(", ", codes.subList(0, Math.min(codes.size(), MAX_LISTED))));
            sb.append(codes.size() > MAX_LISTED ? ", ...\n" : "\n");
        });
        warnings.forEach(w -> sb.append("  warning: ").append(w).append('\n'));
        if (!timingsMs.isEmpty()) {
            sb.append("  timings (ms): ").append(timingsMs).append('\n');
        }
        return sb.toString();
    }
}
