package fr.oasis.importer.source;

import fr.oasis.importer.record.IndicatorRecord;
import fr.oasis.indicator.store.Aggregation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the INSEE Filosofi "DISP" tables (disposable income, e.g. {@code FILO2019_DISP_COM.csv},
 * {@code FILO2019_DISP_EPCI.csv}, {@code FILO2019_DISP_DEP.csv}): semicolon-separated, UTF-8,
 * decimal comma, one line per territory keyed by {@code CODGEO}.
 * <p>
 * Kept indicators (the suffix {@code yy} of the column names gives the millésime, 2000 + yy):
 * <ul>
 *   <li>{@code income} = {@code Q2yy}, median disposable income per consumption unit, in €.
 *       Aggregation NONE: a median of a wider territory cannot be computed from its parts' medians,
 *       so only INSEE's published EPCI/département figures exist at those levels;</li>
 *   <li>{@code households} = {@code NBMENyy}, number of fiscal households, aggregation SUM.</li>
 * </ul>
 * A blank cell is statistical secrecy and stays missing. The territory level comes from the file
 * name ({@code _COM}, {@code _EPCI}, {@code _DEP}, {@code _REG}), as INSEE names its files; a
 * file named otherwise is refused rather than guessed. Codes are as published, in the COG of the
 * data year: the import re-keys them. Immutable and thread-safe.
 */
public final class FilosofiDispReader implements SourceReader<IndicatorRecord> {
    private static final Pattern LEVEL = Pattern.compile("_DISP_(COM|EPCI|DEP|REG)(?![A-Z])");
    private static final Pattern YEAR_SUFFIX = Pattern.compile("^(?:NBMEN|Q2)(\\d{2})$");
    private static final List<Kept> KEPT = List.of(
            new Kept("Q2", "income", "Revenu disponible médian par UC", "€", Aggregation.NONE),
            new Kept("NBMEN", "households", "Nombre de ménages fiscaux", "ménages", Aggregation.SUM));
    private final ReadLimits limits;

    /** A column family kept as an indicator. */
    private record Kept(String prefix, String id, String label, String unit, Aggregation aggregation) {
    }

    public FilosofiDispReader() {
        this(ReadLimits.DEFAULT);
    }

    public FilosofiDispReader(ReadLimits limits) {
        this.limits = limits;
    }

    @Override
    public String format() {
        return "insee-filosofi-disp";
    }

    @Override
    public boolean canRead(Path file) {
        if (!SourceFiles.hasExtension(file, "csv")) {
            return false;
        }
        List<String> columns = List.of(SourceFiles.firstLine(file).replace("\"", "").split(";"));
        return columns.size() > 2 && columns.get(0).equals("CODGEO")
                && columns.stream().anyMatch(c -> c.matches("Q2\\d{2}"));
    }

    @Override
    public ReadResult<IndicatorRecord> read(Path file) {
        Problems problems = SourceFiles.open(file, limits);
        String level = level(problems);
        List<IndicatorRecord> records = new ArrayList<>();
        int[] lines = {0};
        int year;
        try (CsvTable table = CsvTable.open(file, ';', problems)) {
            String yy = yearSuffix(table, problems);
            year = 2000 + Integer.parseInt(yy);
            List<String> required = new ArrayList<>(List.of("CODGEO"));
            KEPT.forEach(k -> required.add(k.prefix() + yy));
            table.require(required);
            CodeRegistry codes = new CodeRegistry(problems);
            table.forEachRow(row -> {
                lines[0]++;
                String code = row.required("CODGEO");
                if (code == null || !codes.firstUse(code, row.location(), "CODGEO")) {
                    return;
                }
                String origin = problems.file() + "#" + row.location();
                for (Kept k : KEPT) {
                    Double value = row.number(k.prefix() + yy);
                    records.add(new IndicatorRecord(k.id(), k.label(), k.unit(), k.aggregation(), 1, level, code,
                            year, value, null, null, origin));
                }
            });
        }
        return problems.result(records, lines[0], 0, year);
    }

    private static String level(Problems problems) {
        Matcher m = LEVEL.matcher(problems.file().toUpperCase(Locale.ROOT));
        if (!m.find()) {
            throw problems.fatal("", "", "cannot tell the territory level from the file name: Filosofi files are"
                    + " named FILOyyyy_DISP_COM, _EPCI, _DEP or _REG");
        }
        return switch (m.group(1)) {
            case "COM" -> "commune";
            case "EPCI" -> "epci";
            case "DEP" -> "departement";
            default -> "region";
        };
    }

    /** The two-digit year shared by the kept columns; refuses none or several. */
    private static String yearSuffix(CsvTable table, Problems problems) {
        TreeSet<String> suffixes = new TreeSet<>();
        for (String column : table.header()) {
            Matcher m = YEAR_SUFFIX.matcher(column);
            if (m.matches()) {
                suffixes.add(m.group(1));
            }
        }
        if (suffixes.size() != 1) {
            table.close();
            throw problems.fatal("line 1", "", suffixes.isEmpty() ? "no NBMENyy or Q2yy column"
                    : "columns mix years " + suffixes + "; one file must hold one millésime");
        }
        return suffixes.first();
    }
}
