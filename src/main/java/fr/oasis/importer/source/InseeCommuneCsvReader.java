package fr.oasis.importer.source;

import fr.oasis.territory.record.CogCommune;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads INSEE's COG commune list {@code v_commune_YYYY.csv}: comma-separated, quoted, UTF-8,
 * header {@code TYPECOM,COM,REG,DEP,CTCD,ARR,TNCC,NCC,NCCENR,LIBELLE,CAN,COMPARENT}. Only the
 * columns used are required ({@code TYPECOM, COM, REG, DEP, LIBELLE, COMPARENT}), so older
 * vintages without {@code CTCD} read too.
 * <p>
 * {@code TYPECOM} is {@code COM} (current), {@code COMA} (associated) or {@code COMD} (delegated);
 * {@code ARM} (municipal arrondissements of Paris, Lyon, Marseille) rows are skipped with a
 * warning. INSEE leaves {@code REG}/{@code DEP} blank on COMA/COMD rows; they are taken from the
 * parent ({@code COMPARENT}) row when the file holds it. The name is {@code LIBELLE} (rich case
 * with article). Population is null: this file has none. The vintage comes from a
 * {@code commune_YYYY} file name. Streams the file; immutable and thread-safe.
 */
public final class InseeCommuneCsvReader implements SourceReader<CogCommune> {
    private static final List<String> REQUIRED = List.of("TYPECOM", "COM", "REG", "DEP", "LIBELLE", "COMPARENT");
    private static final Pattern YEAR = Pattern.compile("(?i)commune_?((?:19|20)\\d{2})(?!\\d)");
    private final ReadLimits limits;

    public InseeCommuneCsvReader() {
        this(ReadLimits.DEFAULT);
    }

    public InseeCommuneCsvReader(ReadLimits limits) {
        this.limits = limits;
    }

    @Override
    public String format() {
        return "insee-cog-communes-csv";
    }

    @Override
    public boolean canRead(Path file) {
        return SourceFiles.hasExtension(file, "csv")
                && SourceFiles.firstLine(file).replace("\"", "").startsWith("TYPECOM,COM,");
    }

    @Override
    public ReadResult<CogCommune> read(Path file) {
        Problems problems = SourceFiles.open(file, limits);
        List<CogCommune> communes = new ArrayList<>();
        int[] counts = {0, 0}; // data lines, skipped
        try (CsvTable table = CsvTable.open(file, ',', problems)) {
            table.require(REQUIRED);
            table.forEachRow(row -> {
                counts[0]++;
                CogCommune commune = toCommune(row, problems);
                if (commune == null && "ARM".equals(row.raw("TYPECOM"))) {
                    counts[1]++;
                    problems.warn(row.location(), "TYPECOM", "municipal arrondissement " + row.raw("COM") + " skipped");
                } else if (commune != null) {
                    communes.add(commune);
                }
            });
        }
        return problems.result(withParentAreas(communes, problems), counts[0], counts[1], vintage(file));
    }

    /** The year of a {@code v_commune_2024.csv}-style file name, or null. */
    static Integer vintage(Path file) {
        Matcher m = YEAR.matcher(SourceFiles.name(file));
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    private static CogCommune toCommune(CsvTable.Row row, Problems problems) {
        String typeCode = row.required("TYPECOM");
        if ("ARM".equals(typeCode)) {
            return null;
        }
        CogCommune.Type type = typeCode == null ? null : switch (typeCode) {
            case "COM" -> CogCommune.Type.CURRENT;
            case "COMA" -> CogCommune.Type.ASSOCIATED;
            case "COMD" -> CogCommune.Type.DELEGATED;
            default -> {
                problems.error(row.location(), "TYPECOM", "unknown commune type '" + typeCode + "'");
                yield null;
            }
        };
        String code = row.required("COM");
        String name = row.required("LIBELLE");
        // An unknown type is already an error; check its other columns as for a current commune.
        boolean current = type != CogCommune.Type.ASSOCIATED && type != CogCommune.Type.DELEGATED;
        String departement = current ? row.required("DEP") : row.optional("DEP");
        String region = current ? row.required("REG") : row.optional("REG");
        String parent = current ? row.optional("COMPARENT") : row.required("COMPARENT");
        if (type == null || code == null || name == null || (current && (departement == null || region == null))
                || (!current && parent == null)) {
            return null;
        }
        return new CogCommune(code, name, type, departement, region, parent, null, List.of(),
                problems.file() + "#" + row.location());
    }

    /** Fills the blank département/région of associated and delegated communes from their parent. */
    private static List<CogCommune> withParentAreas(List<CogCommune> communes, Problems problems) {
        Map<String, CogCommune> current = new HashMap<>();
        communes.stream().filter(c -> c.type() == CogCommune.Type.CURRENT).forEach(c -> current.put(c.code(), c));
        List<CogCommune> out = new ArrayList<>(communes.size());
        for (CogCommune c : communes) {
            CogCommune parent = c.parentCode() == null ? null : current.get(c.parentCode());
            if (c.type() == CogCommune.Type.CURRENT || c.departementCode() != null || parent == null) {
                if (c.type() != CogCommune.Type.CURRENT && c.departementCode() == null) {
                    problems.warn(c.origin().substring(c.origin().indexOf('#') + 1), "COMPARENT",
                            "parent " + c.parentCode() + " not in file; département and région left empty");
                }
                out.add(c);
            } else {
                out.add(new CogCommune(c.code(), c.name(), c.type(), parent.departementCode(), parent.regionCode(),
                        c.parentCode(), null, List.of(), c.origin()));
            }
        }
        return out;
    }
}
