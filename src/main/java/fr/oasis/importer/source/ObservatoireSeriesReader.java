package fr.oasis.importer.source;

import fr.oasis.importer.record.IndicatorRecord;
import fr.oasis.indicator.store.Aggregation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the time-series layout of the Observatoire des territoires (ANCT), as it redistributes
 * INSEE census and état-civil figures, e.g. {@code taux_mortalite_epci_1968_2018.csv}:
 * <pre>
 * codgeo;libgeo;an;tx_morta
 * 55;Meuse;2008-2013;10,00
 * 55;Meuse;2013-2018;10,80
 * </pre>
 * Semicolon-separated, UTF-8, decimal comma, one line per territory and period. The value
 * column's name says what the figure is: {@link #KNOWN} maps it to an indicator id, label, unit
 * and aggregation rule (a constructor takes other mappings); unknown extra columns are skipped
 * with a warning. The millésime of a period ({@code an} = "2013-2018") is its end year; a single
 * year is its own millésime. Every period is kept: the catalogue serves the latest one, and the
 * whole series is there for evolutions. A blank value is missing (secret or not published) and
 * stays missing; a line of empty cells (the export's trailing {@code ;;;}) is skipped.
 * <p>
 * The territory level comes from the file name ({@code _commune}, {@code _epci},
 * {@code _departement}/{@code _dep}, {@code _region}/{@code _reg} between separators): région and
 * département codes have the same shape, so it cannot be guessed from the codes. Codes are kept as
 * published; the import lists those that are not stored. Région codes of the pre-2016 régions
 * (41 Lorraine, 21 Champagne-Ardenne, 42 Alsace...) are listed in a warning: they cannot be mapped
 * onto the 2016 régions (Grand Est is 44). Immutable and thread-safe.
 */
public final class ObservatoireSeriesReader implements SourceReader<IndicatorRecord> {
    /** The value columns Oasis knows. */
    public static final List<SeriesIndicator> KNOWN = List.of(
            new SeriesIndicator("tx_morta", "mortality", "Taux brut de mortalité", "‰", Aggregation.NONE, 1));
    private static final List<String> KEY_COLUMNS = List.of("codgeo", "libgeo", "an");
    private static final Pattern PERIOD = Pattern.compile("((?:19|20)\\d{2})(?:-((?:19|20)\\d{2}))?");
    private static final Pattern CODE = Pattern.compile("[0-9A-Za-z]{1,16}");
    /** Codes of the régions merged on 1 January 2016: they exist in no current COG. */
    private static final Set<String> PRE_2016_REGIONS = Set.of("21", "22", "23", "25", "26", "31", "41", "42", "43",
            "54", "72", "73", "74", "82", "83", "91");
    private final ReadLimits limits;
    private final Map<String, SeriesIndicator> byColumn = new LinkedHashMap<>();

    /**
     * What a value column holds.
     *
     * @param column      column name in the file, e.g. {@code tx_morta}
     * @param id          indicator id, {@code [a-z0-9]+}
     * @param scale       factor of a RATIO (100 for a percentage), 1 otherwise
     */
    public record SeriesIndicator(String column, String id, String label, String unit, Aggregation aggregation,
                                  double scale) {
    }

    public ObservatoireSeriesReader() {
        this(ReadLimits.DEFAULT);
    }

    public ObservatoireSeriesReader(ReadLimits limits) {
        this(limits, KNOWN);
    }

    public ObservatoireSeriesReader(ReadLimits limits, List<SeriesIndicator> indicators) {
        this.limits = limits;
        indicators.forEach(i -> byColumn.put(i.column(), i));
    }

    @Override
    public String format() {
        return "observatoire-territoires-series";
    }

    @Override
    public boolean canRead(Path file) {
        if (!SourceFiles.hasExtension(file, "csv")) {
            return false;
        }
        List<String> columns = List.of(SourceFiles.firstLine(file).replace("\"", "").split(";"));
        return columns.size() > KEY_COLUMNS.size() && columns.subList(0, KEY_COLUMNS.size()).equals(KEY_COLUMNS)
                && columns.stream().anyMatch(byColumn::containsKey);
    }

    @Override
    public ReadResult<IndicatorRecord> read(Path file) {
        Problems problems = SourceFiles.open(file, limits);
        String level = FileNameLevel.of(problems);
        List<IndicatorRecord> records = new ArrayList<>();
        Map<String, String> firstLine = new HashMap<>();
        TreeSet<String> formerRegions = new TreeSet<>();
        int[] lines = {0};
        int[] skipped = {0};
        int[] latest = {0};
        try (CsvTable table = CsvTable.open(file, ';', problems)) {
            table.require(KEY_COLUMNS);
            List<SeriesIndicator> kept = kept(table, problems);
            table.forEachRow(row -> {
                lines[0]++;
                if (table.header().stream().allMatch(c -> row.raw(c).isBlank())) {
                    skipped[0]++;
                    problems.warn(row.location(), "", "empty line skipped");
                    return;
                }
                String code = code(row, problems);
                Integer year = millesime(row, problems);
                List<Double> values = kept.stream().map(k -> row.number(k.column())).toList();
                if (code == null || year == null) {
                    return;
                }
                // Two periods ending the same year would be two figures for one millésime.
                String first = firstLine.putIfAbsent(code + " " + year, row.location() + " (" + row.raw("an") + ")");
                if (first != null) {
                    problems.error(row.location(), "an", "second figure for " + code + " in millésime " + year
                            + " (period '" + row.raw("an").strip() + "'; first at " + first + ")");
                    return;
                }
                if (level.equals("region") && PRE_2016_REGIONS.contains(code)) {
                    formerRegions.add(code);
                }
                latest[0] = Math.max(latest[0], year);
                String origin = problems.file() + "#" + row.location();
                for (int k = 0; k < kept.size(); k++) {
                    SeriesIndicator i = kept.get(k);
                    records.add(new IndicatorRecord(i.id(), i.label(), i.unit(), i.aggregation(), i.scale(), level,
                            code, year, values.get(k), null, null, origin));
                }
            });
        }
        if (!formerRegions.isEmpty()) {
            problems.warn("", "codgeo", "codes of régions that no longer exist since 2016 " + formerRegions
                    + ": their figures are not mapped onto the current régions");
        }
        return problems.result(records, lines[0], skipped[0], latest[0] == 0 ? null : latest[0]);
    }

    /** The known value columns of the header; other columns after the keys are reported and skipped. */
    private List<SeriesIndicator> kept(CsvTable table, Problems problems) {
        List<SeriesIndicator> kept = new ArrayList<>();
        for (String column : table.header().subList(KEY_COLUMNS.size(), table.header().size())) {
            SeriesIndicator known = byColumn.get(column);
            if (known != null) {
                kept.add(known);
            } else {
                problems.warn("line 1", column, "column not imported: no indicator is declared for it");
            }
        }
        if (kept.isEmpty()) {
            table.close();
            throw problems.fatal("line 1", "", "no known value column; expected one of " + byColumn.keySet());
        }
        return kept;
    }

    private static String code(CsvTable.Row row, Problems problems) {
        String code = row.required("codgeo");
        if (code != null && !CODE.matcher(code).matches()) {
            problems.error(row.location(), "codgeo", "a territory code is 1 to 16 letters or digits: '"
                    + (code.length() > 20 ? code.substring(0, 20) + "…" : code) + "'");
            return null;
        }
        return code;
    }

    /** The end year of the period, or null after recording an error. */
    private static Integer millesime(CsvTable.Row row, Problems problems) {
        String period = row.required("an");
        if (period == null) {
            return null;
        }
        Matcher m = PERIOD.matcher(period);
        if (!m.matches() || (m.group(2) != null && Integer.parseInt(m.group(2)) <= Integer.parseInt(m.group(1)))) {
            String shown = period.length() > 20 ? period.substring(0, 20) + "…" : period;
            problems.error(row.location(), "an", "not a year or a period such as 2013-2018: '" + shown + "'");
            return null;
        }
        return Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(1));
    }
}
