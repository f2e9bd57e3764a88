package fr.oasis.importer.source;

import fr.oasis.territory.record.PopulationByAge;
import fr.oasis.tabular.TableFileException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads population by age band from INSEE census tables {@code base-cc-evol-struct-pop-20XX}
 * (one line per commune, key {@code CODGEO}) and their IRIS variant (key {@code IRIS} with the
 * commune in {@code COM}; IRIS lines are summed per commune). Semicolon-separated, UTF-8.
 * <p>
 * The census year comes from the column prefix ({@code P21_POP0014} is 2021). A file whose
 * columns carry two different year prefixes is refused: mixing vintages in one demand vector
 * would be silently wrong. The six bands read are {@code POP0014, POP1529, POP3044, POP4559,
 * POP6074, POP75P}. Values are weighted estimates, read with a decimal comma or dot; an empty cell
 * is an error (a missing value is not zero), as is a negative or non-numeric one. A commune that
 * appears twice in a commune-level file is an error naming both lines.
 * <p>
 * Streams the file; memory holds one record per commune. Immutable and thread-safe.
 */
public final class CensusPopulationReader implements SourceReader<PopulationByAge> {
    private static final String[] BANDS = {"POP0014", "POP1529", "POP3044", "POP4559", "POP6074", "POP75P"};
    private static final Pattern YEAR_PREFIX = Pattern.compile("^[PC](\\d{2})_");
    private static final Pattern BAND_COLUMN = Pattern.compile("^P\\d{2}_POP0014$");
    private final ReadLimits limits;

    public CensusPopulationReader() {
        this(ReadLimits.DEFAULT);
    }

    public CensusPopulationReader(ReadLimits limits) {
        this.limits = limits;
    }

    @Override
    public String format() {
        return "insee-census-population-by-age";
    }

    @Override
    public boolean canRead(Path file) {
        if (!SourceFiles.hasExtension(file, "csv")) {
            return false;
        }
        String[] columns = SourceFiles.firstLine(file).replace("\"", "").split(";");
        return columns.length > 6 && (columns[0].equals("CODGEO") || columns[0].equals("IRIS"))
                && java.util.Arrays.stream(columns).anyMatch(c -> BAND_COLUMN.matcher(c).matches());
    }

    @Override
    public ReadResult<PopulationByAge> read(Path file) {
        Problems problems = SourceFiles.open(file, limits);
        Map<String, PopulationByAge> byCommune = new LinkedHashMap<>();
        int[] lines = {0};
        CodeRegistry codes = new CodeRegistry(problems);
        int year;
        try (CsvTable table = CsvTable.open(file, ';', problems)) {
            boolean iris = table.hasColumn("IRIS");
            String key = iris ? "COM" : "CODGEO";
            int yy = yearPrefix(table, problems);
            year = 2000 + yy;
            List<String> required = new ArrayList<>(List.of(key));
            String[] columns = new String[BANDS.length];
            for (int b = 0; b < BANDS.length; b++) {
                columns[b] = String.format("P%02d_%s", yy, BANDS[b]);
                required.add(columns[b]);
            }
            table.require(required);
            table.forEachRow(row -> {
                lines[0]++;
                String code = row.required(key);
                double[] bands = new double[BANDS.length];
                boolean ok = code != null;
                for (int b = 0; b < BANDS.length; b++) {
                    bands[b] = number(row, columns[b], problems);
                    ok &= !Double.isNaN(bands[b]);
                }
                if (ok && (iris || codes.firstUse(code, row.location(), key))) {
                    add(byCommune, new PopulationByAge(code, year, bands, problems.file() + "#" + row.location()),
                            iris);
                }
            });
        }
        return problems.result(new ArrayList<>(byCommune.values()), lines[0], 0, year);
    }

    /** The two-digit year shared by all year-prefixed columns; refuses none or several. */
    private static int yearPrefix(CsvTable table, Problems problems) {
        TreeSet<String> prefixes = new TreeSet<>();
        for (String column : table.header()) {
            Matcher m = YEAR_PREFIX.matcher(column);
            if (m.find()) {
                prefixes.add(m.group(1));
            }
        }
        if (prefixes.size() != 1) {
            table.close();
            throw problems.fatal("line 1", "", prefixes.isEmpty()
                    ? "no year-prefixed population columns (expected e.g. P21_POP0014)"
                    : "columns mix census years " + prefixes + "; one file must hold one census year");
        }
        return Integer.parseInt(prefixes.first());
    }

    /** The cell as a non-negative number, or NaN after recording an error. */
    private static double number(CsvTable.Row row, String column, Problems problems) {
        String raw = row.raw(column).strip();
        if (raw.isEmpty()) {
            problems.error(row.location(), column, "empty value (a missing count is not zero)");
            return Double.NaN;
        }
        Double value = row.number(column);
        if (value == null) {
            return Double.NaN; // the error is recorded
        }
        if (value < 0) {
            problems.error(row.location(), column, "not a non-negative number: '" + TableFileException.shown(raw) + "'");
            return Double.NaN;
        }
        return value;
    }

    /** Adds a commune line, or sums an IRIS line into its commune. */
    private static void add(Map<String, PopulationByAge> byCommune, PopulationByAge next, boolean iris) {
        PopulationByAge previous = byCommune.get(next.communeCode());
        if (previous == null || !iris) {
            byCommune.put(next.communeCode(), next);
        } else {
            double[] sum = previous.bands().clone();
            for (int b = 0; b < sum.length; b++) {
                sum[b] += next.bands()[b];
            }
            // The origin keeps the commune's first IRIS line: enough to find the block in the file.
            byCommune.put(next.communeCode(), new PopulationByAge(next.communeCode(), next.year(), sum, previous.origin()));
        }
    }
}
