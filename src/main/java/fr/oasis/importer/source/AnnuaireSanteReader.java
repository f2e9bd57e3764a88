package fr.oasis.importer.source;

import fr.oasis.importer.record.PractitionerRecord;
import fr.oasis.practitioner.Profession;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Reads the Annuaire Santé (RPPS) open extract {@code PS_LibreAcces_Personne_activite_<stamp>.txt}:
 * one line per professional activity, pipe-separated, unquoted, UTF-8 with or without BOM, a
 * header line of about 50 French column names and a trailing pipe on every line. Only five
 * columns are required: {@value #PP}, {@value #PROFESSION}, {@value #SAVOIR_FAIRE},
 * {@value #MODE} and {@value #COMMUNE}; {@value #STRUCTURE} is used when present.
 * <p>
 * <b>Kept:</b> liberal activities ({@value #MODE} = {@code L}) of catalogue professions (see
 * {@link Profession#fromRpps}). Salaried and other activities, professions outside the
 * catalogue and liberal activities without a commune (sites abroad, incomplete addresses) are
 * skipped and reported as one warning per reason with its count: a national file has millions of
 * lines. A malformed commune code on a kept line is an error naming the line.
 * <p>
 * <b>Sites.</b> A site is the structure ({@value #STRUCTURE}), or the commune when the column
 * is blank or absent; repeated lines of one person, profession and site (one per savoir-faire)
 * are merged. A person with n sites of one profession gives n records {@code <PP>#1..n} (numbered
 * over all their sites, in file order), each with activity {@code default / n}: the extract says
 * nothing about how time is split, so an even split keeps the person's total at one default
 * activity instead of counting them n times. No position (the address is not geocoded) and no
 * age (not in the extract).
 * <p>
 * The vintage is the year of the file's time stamp ({@code _202504040839} is 2025). Memory
 * holds the kept activities only. Immutable and thread-safe.
 */
public final class AnnuaireSanteReader implements SourceReader<PractitionerRecord> {
    static final String PP = "Identifiant PP";
    static final String PROFESSION = "Code profession";
    static final String SAVOIR_FAIRE = "Code savoir-faire";
    static final String MODE = "Code mode exercice";
    static final String COMMUNE = "Code commune (coord. structure)";
    static final String STRUCTURE = "Identifiant technique de la structure";
    private static final String LIBERAL = "L";
    private static final Pattern STAMP_YEAR = Pattern.compile("_((?:19|20)\\d{2})\\d{0,8}\\.(?i:txt|csv)$");
    private final ReadLimits limits;

    public AnnuaireSanteReader() {
        this(ReadLimits.DEFAULT);
    }

    public AnnuaireSanteReader(ReadLimits limits) {
        this.limits = limits;
    }

    @Override
    public String format() {
        return "rpps-annuaire-sante-activites";
    }

    @Override
    public boolean canRead(Path file) {
        if (!SourceFiles.hasExtension(file, "txt", "csv")) {
            return false;
        }
        List<String> columns = List.of(SourceFiles.firstLine(file).split("\\|"));
        return columns.containsAll(List.of(PP, PROFESSION, MODE));
    }

    @Override
    public ReadResult<PractitionerRecord> read(Path file) {
        Problems problems = SourceFiles.open(file, limits);
        Map<String, Map<String, Site>> sitesByPerson = new LinkedHashMap<>();
        Map<String, Integer> skipped = new TreeMap<>();
        int[] lines = {0};
        try (CsvTable table = CsvTable.open(file, '|', null, problems)) {
            table.require(List.of(PP, PROFESSION, SAVOIR_FAIRE, MODE, COMMUNE));
            boolean structures = table.hasColumn(STRUCTURE);
            table.forEachRow(row -> {
                lines[0]++;
                String reason = skipReason(row);
                if (reason != null) {
                    skipped.merge(reason, 1, Integer::sum);
                    return;
                }
                Profession profession = Profession.fromRpps(row.raw(PROFESSION), row.raw(SAVOIR_FAIRE)).orElseThrow();
                String pp = row.required(PP);
                String commune = PractitionerCells.communeCode(row, COMMUNE, problems);
                String specialty = row.optional(SAVOIR_FAIRE);
                String structure = structures ? row.optional(STRUCTURE) : null;
                if (pp != null && commune != null) {
                    String siteKey = profession.key() + "|" + (structure != null ? structure : commune);
                    sitesByPerson.computeIfAbsent(pp, k -> new LinkedHashMap<>()).putIfAbsent(siteKey,
                            new Site(profession, specialty, commune, problems.file() + "#" + row.location()));
                }
            });
        }
        skipped.forEach((reason, n) -> problems.warn("", "", n + " line(s) skipped: " + reason));
        int skippedCount = skipped.values().stream().mapToInt(Integer::intValue).sum();
        return problems.result(records(sitesByPerson), lines[0], skippedCount,
                PractitionerCells.yearInName(file, STAMP_YEAR));
    }

    /** Why a line is not kept, or null to keep it. Reads raw values: skipped lines are not checked. */
    private static String skipReason(CsvTable.Row row) {
        if (!LIBERAL.equals(row.raw(MODE).strip())) {
            return "not a liberal activity (" + MODE + " other than L)";
        }
        if (Profession.fromRpps(row.raw(PROFESSION), row.raw(SAVOIR_FAIRE)).isEmpty()) {
            return "profession or specialty outside the catalogue";
        }
        if (row.raw(COMMUNE).isBlank()) {
            return "liberal activity without a commune code (site abroad or incomplete address)";
        }
        return null;
    }

    private static List<PractitionerRecord> records(Map<String, Map<String, Site>> sitesByPerson) {
        List<PractitionerRecord> out = new ArrayList<>();
        sitesByPerson.forEach((pp, sites) -> {
            Map<Profession, Integer> perProfession = new LinkedHashMap<>();
            sites.values().forEach(s -> perProfession.merge(s.profession, 1, Integer::sum));
            int index = 0;
            for (Site s : sites.values()) {
                double share = s.profession.apl().defaultActivity() / perProfession.get(s.profession);
                out.add(new PractitionerRecord(pp + "#" + ++index, s.profession.key(), s.specialty, s.commune,
                        null, null, share, null, false, s.origin));
            }
        });
        return out;
    }

    /** One practice site of one person and profession, as first seen. */
    private record Site(Profession profession, String specialty, String commune, String origin) {
    }
}
