package fr.oasis.importer.source;

import fr.oasis.structure.StructureRecord;
import fr.oasis.structure.StructureType;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
        BpeCounts counts = BpeCounts.read(file, problems, MAX_COUNT, BpeStructureReader::use,
                "not a care structure of the catalogue");
        List<StructureRecord> records = new ArrayList<>();
        for (BpeCounts.Tally t : counts.tallies()) {
            if (t.count > 0) {
                records.add(new StructureRecord(StructureType.fromBpeCode(t.typequ).orElseThrow(), t.commune,
                        (int) t.count, null, null, null, null, null, counts.vintage(), t.origin));
            }
        }
        return problems.result(records, counts.lines(), counts.skipped(), counts.vintage());
    }

    /** Kept when a catalogue type; an error when not a BPE 2018 code (the file is not what it claims). */
    private static BpeCounts.Use use(String typequ, CsvTable.Row row, Problems problems) {
        if (!BPE_CODE.matcher(typequ).matches()
                || (typequ.startsWith("D") && !KNOWN_HEALTH.matcher(typequ).matches())) {
            problems.error(row.location(), BpeCells.TYPEQU, "unknown equipment type '"
                    + PractitionerCells.printable(typequ) + "' (not in the BPE 2018 nomenclature)");
            return BpeCounts.Use.REJECTED;
        }
        return StructureType.fromBpeCode(typequ).isPresent() ? BpeCounts.Use.KEEP : BpeCounts.Use.SKIP;
    }
}
