package fr.oasis.importer.source;

import fr.oasis.structure.StructureRecord;
import fr.oasis.structure.StructureType;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Reads the care structures of the INSEE BPE per-commune tables: the commune table
 * {@code DEP;DEPCOM;TYPEQU;NB_EQUIP} and the IRIS table {@code REG;DEP;DEPCOM;DCIRIS;AN;TYPEQU;NB_EQUIP}
 * (lines summed per commune), semicolon-separated, UTF-8 — the same files the practitioner import
 * reads, for the {@code care-structures} manifest type.
 * <p>
 * Kept: the {@code TYPEQU} of {@link StructureType} (D113 MSP, D108 centres de santé, D106
 * urgences, D107 maternités, D301 pharmacies, D302 laboratories); one record per commune and type
 * with its count (a zero count gives none). Other codes of the BPE nomenclature are skipped under
 * one warning per code. A {@code TYPEQU} that is not a BPE code (a letter A-G and three digits), or
 * a health-domain code outside the BPE 2018 nomenclature ({@link #KNOWN_HEALTH}), is an error
 * naming the line: the file is not what it claims. Counts and vintage follow
 * {@link BpePractitionerReader}'s rules (blank count, negative or above {@link #MAX_COUNT}, a
 * commune and type twice in a commune table, two {@code AN} values: errors).
 * <p>
 * Streams the file. Immutable and thread-safe.
 */
public final class BpeStructureReader implements SourceReader<StructureRecord> {
    static final long MAX_COUNT = 5_000;
    /** Health-domain codes of the BPE 2018 nomenclature (D1xx establishments ... D7xx children). */
    private static final Pattern KNOWN_HEALTH = Pattern.compile(
            "D1(0[1-9]|1[0-3])|D2(0[1-9]|1[0-4]|21|3[1-9]|4[0-3])|D30[1-5]|D40[1-5]|D50[1-3]|D60[1-6]|D70[1-9]");
    private static final Pattern BPE_CODE = Pattern.compile("[A-G]\\d{3}");
    private static final String DEPCOM = BpeCells.DEPCOM;
    private static final String TYPEQU = BpeCells.TYPEQU;
    private static final String COUNT = BpeCells.COUNT;
    private static final String YEAR = BpeCells.YEAR;
    private static final String IRIS = BpeCells.IRIS;
    private final ReadLimits limits;

    public BpeStructureReader() {
        this(ReadLimits.DEFAULT);
    }

    public BpeStructureReader(ReadLimits limits) {
        this.limits = limits;
    }

    @Override
    public String format() {
        return "insee-bpe-care-structures";
    }

    @Override
    public boolean canRead(Path file) {
        return BpeCells.looksLikeBpe(file);
    }

    @Override
    public ReadResult<StructureRecord> read(Path file) {
        Problems problems = SourceFiles.open(file, limits);
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<String, String> origins = new LinkedHashMap<>();
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
                if (typequ == null) {
                    return;
                }
                if (!BPE_CODE.matcher(typequ).matches()
                        || (typequ.startsWith("D") && !KNOWN_HEALTH.matcher(typequ).matches())) {
                    problems.error(row.location(), TYPEQU, "unknown equipment type '"
                            + PractitionerCells.printable(typequ) + "' (not in the BPE 2018 nomenclature)");
                    return;
                }
                if (StructureType.fromBpeCode(typequ).isEmpty()) {
                    skippedByCode.merge(typequ, 1, Integer::sum);
                    return;
                }
                String commune = PractitionerCells.communeCode(row, DEPCOM, problems);
                Long count = BpeCells.count(row, problems, MAX_COUNT);
                if (commune == null || count == null) {
                    return;
                }
                String key = commune + "-" + typequ;
                if (iris || keys.firstUse(key, row.location(), DEPCOM + ", " + TYPEQU)) {
                    long[] total = counts.computeIfAbsent(key, k -> new long[1]);
                    origins.putIfAbsent(key, problems.file() + "#" + row.location());
                    if (total[0] + count > MAX_COUNT) {
                        problems.error(row.location(), COUNT, "total for " + commune + " " + typequ + " exceeds "
                                + MAX_COUNT);
                        return;
                    }
                    total[0] += count;
                }
            });
        }
        skippedByCode.forEach((code, n) -> problems.warn("", TYPEQU, n + " line(s) of equipment type " + code
                + " skipped: not a care structure of the catalogue"));
        int skipped = skippedByCode.values().stream().mapToInt(Integer::intValue).sum();
        Integer vintage = year[0] != null ? year[0] : BpeCells.nameYear(file);
        List<StructureRecord> records = new ArrayList<>();
        counts.forEach((key, total) -> {
            if (total[0] > 0) {
                String[] parts = key.split("-");
                records.add(new StructureRecord(StructureType.fromBpeCode(parts[1]).orElseThrow(), parts[0],
                        (int) total[0], null, null, null, null, null, vintage, origins.get(key)));
            }
        });
        return problems.result(records, lines[0], skipped, vintage);
    }
}
