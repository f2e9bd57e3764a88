package fr.oasis.importer.source;

import fr.oasis.importer.record.PractitionerRecord;
import fr.oasis.practitioner.Profession;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns INSEE BPE per-commune equipment counts into practitioner records. Reads the commune
 * table {@code DEP;DEPCOM;TYPEQU;NB_EQUIP} and the IRIS table
 * {@code REG;DEP;DEPCOM;DCIRIS;AN;TYPEQU;NB_EQUIP}, whose lines are summed per commune
 * ({@code DEPCOM}). Semicolon-separated, UTF-8.
 * <p>
 * Only the {@code TYPEQU} codes of the {@link Profession} catalogue are kept; the other lines
 * (hospitals, laboratories, social services...) are counted as skipped under one warning per
 * code, not one per line. Each commune and code with {@code NB_EQUIP = n} gives n records
 * {@code BPE-<DEPCOM>-<TYPEQU>-<i>}, i from 1 to n, with {@code countBased = true} and no position,
 * activity, age or specialty: a BPE count says only that a practitioner works in the commune
 * (one person practising in two communes counts in both).
 * <p>
 * The vintage is the {@code AN} column (one value per file, or an error), else a
 * {@code bpe2018}/{@code bpe18} file name, else null. In a commune table a commune and code
 * appearing twice is an error naming both lines. A count above {@link #MAX_COUNT} is refused:
 * the reader emits one object per unit, so a corrupt count must not exhaust memory.
 * <p>
 * Streams the file; memory holds one counter per commune and code, then the records.
 * Immutable and thread-safe.
 */
public final class BpePractitionerReader implements SourceReader<PractitionerRecord> {
    /** More of one profession than any French commune has (Paris is split into arrondissements). */
    static final long MAX_COUNT = 20_000;
    private static final String DEPCOM = BpeCells.DEPCOM;
    private static final String TYPEQU = BpeCells.TYPEQU;
    private static final String COUNT = BpeCells.COUNT;
    private static final String YEAR = BpeCells.YEAR;
    private static final String IRIS = BpeCells.IRIS;
    private final ReadLimits limits;

    public BpePractitionerReader() {
        this(ReadLimits.DEFAULT);
    }

    public BpePractitionerReader(ReadLimits limits) {
        this.limits = limits;
    }

    @Override
    public String format() {
        return "insee-bpe-practitioner-counts";
    }

    /** A BPE line counts the practitioners of a commune: its records are counts, not persons. */
    @Override
    public boolean countsOnly() {
        return true;
    }

    @Override
    public boolean canRead(Path file) {
        return BpeCells.looksLikeBpe(file);
    }

    @Override
    public ReadResult<PractitionerRecord> read(Path file) {
        Problems problems = SourceFiles.open(file, limits);
        Map<String, Tally> tallies = new LinkedHashMap<>();
        Map<String, Integer> skippedByCode = new TreeMap<>();
        Integer[] year = {null};
        int[] lines = {0};
        try (CsvTable table = CsvTable.open(file, ';', problems)) {
            table.require(List.of(DEPCOM, TYPEQU, COUNT));
            boolean iris = table.hasColumn(IRIS);
            boolean hasYear = table.hasColumn(YEAR);
            CodeRegistry keys = new CodeRegistry(problems);
            table.forEachRow(row -> {
                lines[0]++;
                if (hasYear) {
                    year[0] = BpeCells.year(row, year[0], problems);
                }
                String typequ = row.required(TYPEQU);
                if (typequ != null && Profession.fromBpeCode(typequ).isEmpty()) {
                    skippedByCode.merge(typequ, 1, Integer::sum);
                    return;
                }
                String commune = PractitionerCells.communeCode(row, DEPCOM, problems);
                Long count = BpeCells.count(row, problems, MAX_COUNT);
                if (typequ == null || commune == null || count == null) {
                    return;
                }
                String key = commune + "-" + typequ;
                if (iris || keys.firstUse(key, row.location(), DEPCOM + ", " + TYPEQU)) {
                    tallies.computeIfAbsent(key, k -> new Tally(commune, typequ, problems.file() + "#" + row.location()))
                            .add(count, row, problems);
                }
            });
        }
        skippedByCode.forEach((code, n) -> problems.warn("", TYPEQU,
                n + " line(s) of equipment type " + PractitionerCells.printable(code) + " skipped: not a catalogue profession"));
        int skipped = skippedByCode.values().stream().mapToInt(Integer::intValue).sum();
        Integer vintage = year[0] != null ? year[0] : BpeCells.nameYear(file);
        return problems.result(records(tallies), lines[0], skipped, vintage);
    }

    private static List<PractitionerRecord> records(Map<String, Tally> tallies) {
        List<PractitionerRecord> out = new ArrayList<>();
        for (Tally t : tallies.values()) {
            String profession = Profession.fromBpeCode(t.typequ).orElseThrow().key();
            for (long i = 1; i <= t.count; i++) {
                out.add(new PractitionerRecord("BPE-" + t.commune + "-" + t.typequ + "-" + i, profession, null,
                        t.commune, null, null, null, null, true, t.origin));
            }
        }
        return out;
    }

    /** Running count of one commune and equipment type; origin is its first line. */
    private static final class Tally {
        private final String commune;
        private final String typequ;
        private final String origin;
        private long count;

        private Tally(String commune, String typequ, String origin) {
            this.commune = commune;
            this.typequ = typequ;
            this.origin = origin;
        }

        private void add(long n, CsvTable.Row row, Problems problems) {
            if (count + n > MAX_COUNT) {
                problems.error(row.location(), COUNT, "total for " + commune + " " + typequ + " exceeds " + MAX_COUNT);
                return;
            }
            count += n;
        }
    }
}
