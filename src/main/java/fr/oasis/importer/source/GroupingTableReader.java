package fr.oasis.importer.source;

import fr.oasis.importer.record.GroupingMemberRecord;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a commune → group table (manifest type {@code groupings}, format {@code commune-group-table}):
 * a semicolon-separated UTF-8 CSV (BOM allowed) with one line per commune and group, holding at
 * least three columns whose names the manifest gives ({@link Columns}; by default
 * {@code commune;code;nom}). The DREES correspondence of the territoires de vie-santé is one:
 * <pre>
 * Code commune;Libellé de la commune;Code du territoire de vie-santé;Libellé du territoire de vie-santé
 * 08001;Acy-Romance;08362;Rethel
 * </pre>
 * Other columns are ignored. Refused, naming file, line and field: a file separated by commas or
 * tabs (the header is then one column), a missing column, a blank or malformed code, a group code
 * named differently on two lines, a commune listed twice for the same group. A commune listed in
 * two groups is kept here: whether that is allowed depends on the grouping type, checked when the
 * groups are stored. Codes are kept as published (re-keyed onto the stored COG at import).
 * Immutable and thread-safe.
 */
public final class GroupingTableReader implements SourceReader<GroupingMemberRecord> {
    private static final Pattern CODE = Pattern.compile("[0-9A-Za-z][0-9A-Za-z_-]{0,15}");

    /** The names of the three columns read. */
    public record Columns(String commune, String code, String name) {
        public static final Columns DEFAULT = new Columns("commune", "code", "nom");
    }

    private final ReadLimits limits;
    private final Columns columns;

    public GroupingTableReader(ReadLimits limits) {
        this(limits, Columns.DEFAULT);
    }

    public GroupingTableReader(ReadLimits limits, Columns columns) {
        this.limits = limits;
        this.columns = columns;
    }

    /** The same reader for other column names. */
    public GroupingTableReader withColumns(Columns other) {
        return new GroupingTableReader(limits, other);
    }

    @Override
    public String format() {
        return "commune-group-table";
    }

    @Override
    public boolean canRead(Path file) {
        String first = SourceFiles.firstLine(file).replace("\uFEFF", "");
        return SourceFiles.hasExtension(file, "csv") && List.of(first.split(";")).containsAll(
                List.of(columns.commune(), columns.code(), columns.name()));
    }

    @Override
    public ReadResult<GroupingMemberRecord> read(Path file) {
        Problems problems = SourceFiles.open(file, limits);
        List<GroupingMemberRecord> records = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        Map<String, String> seen = new HashMap<>();
        try (CsvTable table = CsvTable.open(file, ';', '"', problems)) {
            checkSeparator(table, problems);
            table.require(List.of(columns.commune(), columns.code(), columns.name()));
            table.forEachRow(row -> {
                String location = row.location();
                String commune = code(row, columns.commune(), problems);
                String group = code(row, columns.code(), problems);
                String name = problems.requiredText(location, columns.name(), row.raw(columns.name()));
                if (commune == null || group == null || name == null) {
                    return;
                }
                String known = names.putIfAbsent(group, name);
                if (known != null && !known.equals(name)) {
                    problems.error(location, columns.name(), "group " + group + " is named '" + name
                            + "' here but '" + known + "' on an earlier line");
                    return;
                }
                String previous = seen.putIfAbsent(group + " " + commune, location);
                if (previous != null) {
                    problems.error(location, columns.commune(), "commune " + commune + " listed twice for group "
                            + group + " (first on " + previous + ")");
                    return;
                }
                records.add(new GroupingMemberRecord(group, name, commune, problems.file() + "#" + location));
            });
        }
        if (records.isEmpty() && !problems.hasErrors()) {
            problems.error("", "", "no commune → group line");
        }
        return problems.result(records, records.size(), 0, null);
    }

    /** A header of one column that holds commas or tabs is a file written with another separator. */
    private void checkSeparator(CsvTable table, Problems problems) {
        List<String> header = table.header();
        if (header.size() == 1) {
            String only = header.get(0);
            String found = only.contains(",") ? "commas" : only.contains("\t") ? "tabs" : null;
            if (found != null) {
                table.close();
                throw problems.fatal(table.headerLocation(), "", "the header is one column separated by " + found
                        + ": this table must be separated by semicolons (;), with the columns "
                        + columns.commune() + ";" + columns.code() + ";" + columns.name());
            }
        }
    }

    private static String code(CsvTable.Row row, String column, Problems problems) {
        String value = problems.requiredText(row.location(), column, row.raw(column));
        if (value != null && !CODE.matcher(value).matches()) {
            problems.error(row.location(), column, "a code is 1 to 16 letters, digits, '-' or '_': '"
                    + (value.length() > 20 ? value.substring(0, 20) + "…" : value) + "'");
            return null;
        }
        return value;
    }
}
