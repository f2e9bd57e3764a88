package fr.oasis.importer.source;

import fr.oasis.importer.record.IndicatorRecord;
import fr.oasis.indicator.store.Aggregation;
import fr.oasis.territory.TerritoryLevel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Reads the generic long indicator CSV, one figure per line:
 * <pre>
 * territory_level,territory_code,indicator,year,value,numerator,denominator,label,unit,aggregation,scale
 * epci,200000545,poverty,2019,18.2,1514,8318,Taux de pauvreté,%,ratio,100
 * commune,08001,poverty,2019,,,183,,,,
 * </pre>
 * Comma- or semicolon-separated (taken from the header line); with semicolons a decimal comma is
 * accepted. Required columns: {@code territory_level} (commune, epci, departement, region),
 * {@code territory_code}, {@code indicator} ({@code [a-z0-9]+}, at most 32 characters: it appears
 * in filter expressions such as {@code poverty>15}), {@code year}, {@code value}. Optional:
 * {@code numerator}, {@code denominator} (needed to aggregate a RATIO), and the definition
 * columns {@code label}, {@code unit}, {@code aggregation} (sum, ratio, weighted-mean, none) and
 * {@code scale} (default 1).
 * <p>
 * Definitions travel with the rows so that one self-describing file is enough: each indicator
 * needs label, unit and aggregation on at least one of its lines, other lines may leave them
 * blank, and two lines that disagree are an error. Blank numbers are missing, never zero.
 * Immutable and thread-safe.
 */
public final class IndicatorCsvReader implements SourceReader<IndicatorRecord> {
    static final List<String> REQUIRED = List.of("territory_level", "territory_code", "indicator", "year", "value");
    private static final Pattern ID = Pattern.compile("[a-z0-9]{1,32}");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d{2}");
    private final ReadLimits limits;

    public IndicatorCsvReader() {
        this(ReadLimits.DEFAULT);
    }

    public IndicatorCsvReader(ReadLimits limits) {
        this.limits = limits;
    }

    @Override
    public String format() {
        return "indicator-long-csv";
    }

    @Override
    public boolean canRead(Path file) {
        String line = SourceFiles.firstLine(file).replace("\"", "");
        return SourceFiles.hasExtension(file, "csv")
                && List.of(line.split(line.contains(";") ? ";" : ",")).containsAll(REQUIRED);
    }

    @Override
    public ReadResult<IndicatorRecord> read(Path file) {
        Problems problems = SourceFiles.open(file, limits);
        char delimiter = SourceFiles.firstLine(file).contains(";") ? ';' : ',';
        List<IndicatorRecord> rows = new ArrayList<>();
        Map<String, Definition> definitions = new LinkedHashMap<>();
        Map<String, String> firstLine = new HashMap<>();
        int[] lines = {0};
        try (CsvTable table = CsvTable.open(file, delimiter, problems)) {
            table.require(REQUIRED);
            table.forEachRow(row -> {
                lines[0]++;
                IndicatorRecord r = figure(table, row, problems);
                if (r == null) {
                    return;
                }
                String key = r.indicator() + " " + r.year() + " at " + r.level() + " " + r.code();
                String first = firstLine.putIfAbsent(key, row.location());
                if (first != null) {
                    problems.error(row.location(), "territory_code", "second figure for " + key + " (first at "
                            + first + ")");
                    return;
                }
                rows.add(r);
                definitions.computeIfAbsent(r.indicator(), id -> new Definition()).merge(table, row, problems);
            });
        }
        definitions.forEach((id, d) -> {
            if (d.label == null || d.unit == null || d.aggregation == null) {
                problems.error("", "label, unit, aggregation", "indicator '" + id
                        + "' has no label, unit and aggregation on any of its lines");
            }
        });
        problems.throwIfAny();
        List<IndicatorRecord> records = rows.stream().map(r -> {
            Definition d = definitions.get(r.indicator());
            return new IndicatorRecord(r.indicator(), d.label, d.unit, d.aggregation, d.scale == null ? 1 : d.scale,
                    r.level(), r.code(), r.year(), r.value(), r.numerator(), r.denominator(), r.origin());
        }).toList();
        return problems.result(records, lines[0], 0, null);
    }

    /** The line's figure without its definition, or null after recording errors. */
    private static IndicatorRecord figure(CsvTable table, CsvTable.Row row, Problems problems) {
        String levelKey = row.required("territory_level");
        String code = row.required("territory_code");
        String id = row.required("indicator");
        String year = row.required("year");
        String level = null;
        if (levelKey != null) {
            try {
                level = TerritoryLevel.fromKey(levelKey).key();
            } catch (IllegalArgumentException e) {
                problems.error(row.location(), "territory_level", e.getMessage());
            }
        }
        if (id != null && !ID.matcher(id).matches()) {
            problems.error(row.location(), "indicator", "an id is 1 to 32 lower-case letters or digits: '" + id + "'");
            id = null;
        }
        if (year != null && !YEAR.matcher(year).matches()) {
            problems.error(row.location(), "year", "not a year: '" + year + "'");
            year = null;
        }
        if (code != null && code.length() > 16) {
            problems.error(row.location(), "territory_code", "a territory code has at most 16 characters");
            code = null;
        }
        Double value = row.number("value");
        Double numerator = table.hasColumn("numerator") ? row.number("numerator") : null;
        Double denominator = table.hasColumn("denominator") ? row.number("denominator") : null;
        if (level == null || code == null || id == null || year == null) {
            return null;
        }
        return new IndicatorRecord(id, null, null, null, 1, level, code, Integer.parseInt(year), value, numerator,
                denominator, problems.file() + "#" + row.location());
    }

    /** An indicator's definition gathered from its lines; a blank cell says nothing. */
    private static final class Definition {
        private String label;
        private String unit;
        private Aggregation aggregation;
        private Double scale;

        void merge(CsvTable table, CsvTable.Row row, Problems problems) {
            label = agree(label, text(table, row, "label", problems), row, "label", problems);
            unit = agree(unit, text(table, row, "unit", problems), row, "unit", problems);
            String agg = text(table, row, "aggregation", problems);
            if (agg != null) {
                try {
                    aggregation = agree(aggregation, Aggregation.parse(agg), row, "aggregation", problems);
                } catch (IllegalArgumentException e) {
                    problems.error(row.location(), "aggregation", e.getMessage());
                }
            }
            Double s = table.hasColumn("scale") ? row.number("scale") : null;
            if (s != null && s <= 0) {
                problems.error(row.location(), "scale", "a scale is positive (100 for a percentage)");
            } else {
                scale = agree(scale, s, row, "scale", problems);
            }
        }

        private static String text(CsvTable table, CsvTable.Row row, String column, Problems problems) {
            return table.hasColumn(column) ? row.optional(column) : null;
        }

        private static <T> T agree(T known, T seen, CsvTable.Row row, String column, Problems problems) {
            if (seen == null) {
                return known;
            }
            if (known != null && !Objects.equals(known, seen)) {
                problems.error(row.location(), column, "'" + seen + "' differs from '" + known
                        + "' given on an earlier line for the same indicator");
                return known;
            }
            return seen;
        }
    }
}
