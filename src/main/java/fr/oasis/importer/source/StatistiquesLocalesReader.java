package fr.oasis.importer.source;

import fr.oasis.importer.record.IndicatorRecord;
import fr.oasis.importer.source.ObservatoireSeriesReader.SeriesIndicator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the CSV export of INSEE "Statistiques locales" (statistiques-locales.insee.fr, "Exporter
 * les données"), exactly as downloaded:
 * <pre>
 * \uFEFFInsee - Statistiques locales; ; ; ...
 * Référentiel géographique : France par département; ; ; ...
 * Code;Libellé;Médecin généraliste (en nombre) 2024;Taux de pauvreté 2021;...
 * 55;Meuse;140;14.8;...
 * </pre>
 * UTF-8 with a BOM, semicolons, dot decimals (a comma is accepted too). The CartoSanté export
 * (first title {@code CartoSanté}, CRLF lines, second title "… France par territoire de vie-santé
 * 2019") has the same shape and is read alike, its codes at level {@code tvs}. The two title lines are
 * checked (a changed first title means another file; the second names the level: commune,
 * intercommunalité/EPCI, département or région). Every column after {@code Code;Libellé} is one
 * indicator whose millésime ends its label ("Taux de pauvreté 2021" is {@code poverty} 2021); a
 * label without a year is an error naming the column. Labels are mapped to ids, units and rules by
 * {@link StatistiquesLocalesLabels}. A cell {@code N/A - secret statistique} (or any {@code N/A}
 * note, e.g. "résultat non disponible") is missing, never 0, and counted per column in a warning;
 * any other text is an error naming line and column. Codes are kept as published. Immutable and
 * thread-safe.
 */
public final class StatistiquesLocalesReader implements SourceReader<IndicatorRecord> {
    static final String TITLE = "Insee - Statistiques locales";
    /** The CartoSanté export (ARS / ministère de la Santé) has the same shape under its own title. */
    static final String CARTOSANTE_TITLE = "CartoSanté";
    private static final java.util.Set<String> TITLES = java.util.Set.of(TITLE, CARTOSANTE_TITLE);
    private static final int TITLE_LINES = 2;
    private static final Pattern REFERENTIAL = Pattern.compile("Référentiel géographique\\s*:\\s*(.+?)\\s+par\\s+(.+)");
    private static final Pattern LABEL_YEAR = Pattern.compile("(.*\\S)\\s+((?:19|20)\\d{2})");
    private static final Pattern CODE = Pattern.compile("[0-9A-Za-z]{1,16}");
    private final ReadLimits limits;

    public StatistiquesLocalesReader() {
        this(ReadLimits.DEFAULT);
    }

    public StatistiquesLocalesReader(ReadLimits limits) {
        this.limits = limits;
    }

    @Override
    public String format() {
        return "insee-statistiques-locales";
    }

    @Override
    public boolean canRead(Path file) {
        return SourceFiles.hasExtension(file, "csv")
                && TITLES.contains(SourceFiles.firstLine(file).split(";", 2)[0].replace("\uFEFF", "").strip());
    }

    /** One value column: where it is, what it is, how many secret cells it had. */
    private record Column(String header, SeriesIndicator indicator, int year, int[] secret) {
    }

    @Override
    public ReadResult<IndicatorRecord> read(Path file) {
        Problems problems = SourceFiles.open(file, limits);
        List<IndicatorRecord> records = new ArrayList<>();
        int[] lines = {0};
        List<Column> columns;
        try (CsvTable table = CsvTable.open(file, ';', '"', TITLE_LINES, problems)) {
            String level = titles(table, problems);
            table.require(List.of("Code", "Libellé"));
            columns = columns(table, problems);
            CodeRegistry codes = new CodeRegistry(problems);
            table.forEachRow(row -> {
                lines[0]++;
                String code = row.required("Code");
                if (code != null && !CODE.matcher(code).matches()) {
                    problems.error(row.location(), "Code", "a territory code is 1 to 16 letters or digits: '"
                            + (code.length() > 20 ? code.substring(0, 20) + "…" : code) + "'");
                    return;
                }
                if (code == null || !codes.firstUse(code, row.location(), "Code")) {
                    return;
                }
                String origin = problems.file() + "#" + row.location();
                for (Column c : columns) {
                    Double value = value(row, c, problems);
                    SeriesIndicator i = c.indicator();
                    records.add(new IndicatorRecord(i.id(), i.label(), i.unit(), i.aggregation(), i.scale(), level, code,
                            c.year(), value, null, null, origin));
                }
            });
        }
        for (Column c : columns) {
            if (c.secret()[0] > 0) {
                problems.warn("", c.header(), c.secret()[0] + " cell(s) 'N/A' (statistical secrecy or not available)"
                        + " kept as missing values");
            }
        }
        int latest = columns.stream().mapToInt(Column::year).max().orElse(0);
        return problems.result(records, lines[0], 0, latest == 0 ? null : latest);
    }

    /** Checks the two title lines and returns the level the second one names. */
    private static String titles(CsvTable table, Problems problems) {
        String first = cell(table.titleLines().get(0)).replace("\uFEFF", "").strip();
        if (!TITLES.contains(first)) {
            table.close();
            throw problems.fatal("line 1", "", "expected the title '" + TITLE + "' of a Statistiques locales export"
                    + " (or '" + CARTOSANTE_TITLE + "'), found '" + shown(first) + "'");
        }
        String second = cell(table.titleLines().get(1)).strip();
        Matcher m = REFERENTIAL.matcher(second);
        String level = m.matches() ? levelOf(m.group(2)) : null;
        if (level == null) {
            table.close();
            throw problems.fatal("line 2", "", "expected 'Référentiel géographique : France par commune"
                    + " (or intercommunalité, département, région, territoire de vie-santé)', found '" + shown(second) + "'");
        }
        return level;
    }

    private static String levelOf(String text) {
        String t = text.toLowerCase(java.util.Locale.ROOT);
        if (t.startsWith("intercommunalit") || t.startsWith("epci")) {
            return "epci";
        }
        if (t.startsWith("commune")) {
            return "commune";
        }
        if (t.startsWith("territoire de vie")) {
            return "tvs";
        }
        if (t.startsWith("département") || t.startsWith("departement")) {
            return "departement";
        }
        return t.startsWith("région") || t.startsWith("region") ? "region" : null;
    }

    /** The value columns, each with its indicator and the millésime ending its label. */
    private static List<Column> columns(CsvTable table, Problems problems) {
        List<Column> columns = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (String header : table.header().subList(2, table.header().size())) {
            Matcher m = LABEL_YEAR.matcher(header.strip());
            if (!m.matches()) {
                problems.error(table.headerLocation(), header, "no millésime at the end of the label (expected"
                        + " '<label> <year>', e.g. 'Taux de pauvreté 2021')");
                continue;
            }
            SeriesIndicator indicator = StatistiquesLocalesLabels.indicator(m.group(1));
            int year = Integer.parseInt(m.group(2));
            String previous = seen.putIfAbsent(indicator.id() + " " + year, header);
            if (previous != null) {
                problems.error(table.headerLocation(), header, "same indicator '" + indicator.id() + "' and year as"
                        + " the column '" + previous + "'");
                continue;
            }
            if (!StatistiquesLocalesLabels.known(m.group(1))) {
                problems.warn(table.headerLocation(), header, "label not in Oasis's table: imported as '"
                        + indicator.id() + "' (" + indicator.unit() + ", aggregation "
                        + indicator.aggregation().name().toLowerCase(java.util.Locale.ROOT) + ")");
            }
            columns.add(new Column(header, indicator, year, new int[1]));
        }
        if (columns.isEmpty() && !problems.hasErrors()) {
            problems.error(table.headerLocation(), "", "no indicator column after Code;Libellé");
        }
        if (problems.hasErrors()) {
            table.close();
            problems.throwIfAny();
        }
        return columns;
    }

    /** A number, or null for a blank or {@code N/A} cell (counted), or null after an error. */
    private static Double value(CsvTable.Row row, Column c, Problems problems) {
        String raw = row.raw(c.header()).strip();
        if (raw.startsWith("N/A")) {
            c.secret()[0]++;
            return null;
        }
        return row.number(c.header());
    }

    private static String cell(List<String> values) {
        return values.isEmpty() ? "" : values.get(0);
    }

    private static String shown(String text) {
        String t = text.length() > 60 ? text.substring(0, 60) + "…" : text;
        return t.replaceAll("\\p{Cntrl}", "?");
    }
}
