package fr.oasis.importer.source;

import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The counts of one INSEE BPE file summed per commune and equipment type: the one header and line
 * loop both BPE readers (practitioners, care structures) share. Reads the commune table
 * {@code DEP;DEPCOM;TYPEQU;NB_EQUIP} and the IRIS table {@code REG;DEP;DEPCOM;DCIRIS;AN;TYPEQU;NB_EQUIP},
 * whose lines are summed per commune ({@code DEPCOM}); in a commune table a commune and type twice is
 * an error naming both lines. Cells follow {@link BpeCells} (count, {@code AN}, file-name vintage);
 * a total above the reader's maximum is an error. Lines of a type the reader does not keep are
 * counted as skipped under one warning per type, not one per line.
 * <p>
 * Streams the file; memory holds one tally per commune and type. Not thread-safe: one instance per read.
 */
final class BpeCounts {
    /** What a reader does with a line of one {@code TYPEQU}. */
    enum Use { KEEP, SKIP, REJECTED }

    /** Decides per line from its {@code TYPEQU}; may record an error on the line and answer REJECTED. */
    interface TypeFilter {
        Use use(String typequ, CsvTable.Row row, Problems problems);
    }

    /**
     * Running count of one commune and equipment type.
     *
     * @param origin {@code file#line} of its first line
     */
    static final class Tally {
        final String commune;
        final String typequ;
        final String origin;
        long count;

        private Tally(String commune, String typequ, String origin) {
            this.commune = commune;
            this.typequ = typequ;
            this.origin = origin;
        }
    }

    private final Map<String, Tally> tallies = new LinkedHashMap<>();
    private final Map<String, Integer> skippedByCode = new TreeMap<>();
    private Integer year;
    private int lines;

    private BpeCounts() {
    }

    /**
     * Reads the file; errors go to {@code problems}.
     *
     * @param maxCount the largest count (one line or a commune's total) the reader accepts
     * @param skipReason why a skipped type is not kept, ending the warning "n line(s) of equipment type X skipped: ..."
     */
    static BpeCounts read(Path file, Problems problems, long maxCount, TypeFilter filter, String skipReason) {
        BpeCounts counts = new BpeCounts();
        try (CsvTable table = CsvTable.open(file, ';', problems)) {
            table.require(List.of(BpeCells.DEPCOM, BpeCells.TYPEQU, BpeCells.COUNT));
            boolean iris = table.hasColumn(BpeCells.IRIS);
            boolean hasYear = table.hasColumn(BpeCells.YEAR);
            CodeRegistry keys = new CodeRegistry(problems);
            table.forEachRow(row -> counts.add(row, problems, maxCount, filter, iris, hasYear, keys));
        }
        counts.skippedByCode.forEach((code, n) -> problems.warn("", BpeCells.TYPEQU, n + " line(s) of equipment type "
                + PractitionerCells.printable(code) + " skipped: " + skipReason));
        if (counts.year == null) {
            counts.year = BpeCells.nameYear(file);
        }
        return counts;
    }

    private void add(CsvTable.Row row, Problems problems, long maxCount, TypeFilter filter, boolean iris,
                     boolean hasYear, CodeRegistry keys) {
        lines++;
        if (hasYear) {
            year = BpeCells.year(row, year, problems);
        }
        String typequ = row.required(BpeCells.TYPEQU);
        Use use = typequ == null ? Use.REJECTED : filter.use(typequ, row, problems);
        if (use == Use.SKIP) {
            skippedByCode.merge(typequ, 1, Integer::sum);
            return;
        }
        String commune = PractitionerCells.communeCode(row, BpeCells.DEPCOM, problems);
        Long count = BpeCells.count(row, problems, maxCount);
        if (use == Use.REJECTED || commune == null || count == null) {
            return;
        }
        String key = commune + "-" + typequ;
        if (iris || keys.firstUse(key, row.location(), BpeCells.DEPCOM + ", " + BpeCells.TYPEQU)) {
            Tally tally = tallies.computeIfAbsent(key, k -> new Tally(commune, typequ, problems.file() + "#" + row.location()));
            if (tally.count + count > maxCount) {
                problems.error(row.location(), BpeCells.COUNT, "total for " + commune + " " + typequ + " exceeds "
                        + maxCount);
                return;
            }
            tally.count += count;
        }
    }

    /** One tally per commune and type, in the order of their first line. */
    Collection<Tally> tallies() {
        return tallies.values();
    }

    /** Lines read (header excluded). */
    int lines() {
        return lines;
    }

    /** Lines of types the reader does not keep. */
    int skipped() {
        return skippedByCode.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The {@code AN} of the lines, else the year of a {@code bpe2018}/{@code bpe18} file name, else null. */
    Integer vintage() {
        return year;
    }
}
