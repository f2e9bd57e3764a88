package fr.oasis.importer.source;

import fr.oasis.importer.record.PractitionerRecord;
import fr.oasis.practitioner.Profession;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
 * The header and line loop is {@link BpeCounts}, shared with {@link BpeStructureReader}. Streams the
 * file; memory holds one counter per commune and code, then the records.
 * Immutable and thread-safe.
 */
public final class BpePractitionerReader implements SourceReader<PractitionerRecord> {
    /** More of one profession than any French commune has (Paris is split into arrondissements). */
    static final long MAX_COUNT = 20_000;
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
        BpeCounts counts = BpeCounts.read(file, problems, MAX_COUNT,
                (typequ, row, p) -> Profession.fromBpeCode(typequ).isPresent() ? BpeCounts.Use.KEEP : BpeCounts.Use.SKIP,
                "not a catalogue profession");
        return problems.result(records(counts), counts.lines(), counts.skipped(), counts.vintage());
    }

    private static List<PractitionerRecord> records(BpeCounts counts) {
        List<PractitionerRecord> out = new ArrayList<>();
        for (BpeCounts.Tally t : counts.tallies()) {
            String profession = Profession.fromBpeCode(t.typequ).orElseThrow().key();
            for (long i = 1; i <= t.count; i++) {
                out.add(new PractitionerRecord("BPE-" + t.commune + "-" + t.typequ + "-" + i, profession, null,
                        t.commune, null, null, null, null, true, t.origin));
            }
        }
        return out;
    }
}
