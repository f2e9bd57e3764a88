package fr.oasis.importer.source;

import fr.oasis.structure.StructureRecord;
import fr.oasis.structure.StructureType;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads hospitals from the FINESS extraction with coordinates as Eurostat/GISCO publishes it
 * ("basic services — healthcare", comma-separated, quoted, UTF-8): columns {@code id} (FINESS ET
 * number), {@code hospital_name}, {@code lat}, {@code lon} (WGS84), {@code facility_type} (FINESS
 * category label) required; {@code site_name} and {@code ref_date} (dd/mm/yyyy, the extraction
 * date: the millésime) used when present; the others ignored. One record per line, with no
 * commune: the import joins each point to the stored commune containing it.
 * <p>
 * Errors name the line and column: a FINESS number that is not 9 characters ({@code 080000110},
 * Corsica {@code 2A…}), the same number twice, a blank name or category, a missing or non-numeric
 * coordinate, a position outside France (or given as [lat, lon]), {@code ref_date} not a date or
 * of two different years. Streams the file. Immutable and thread-safe.
 */
public final class FinessHospitalReader implements SourceReader<StructureRecord> {
    private static final String ID = "id";
    private static final String NAME = "hospital_name";
    private static final String SITE = "site_name";
    private static final String LAT = "lat";
    private static final String LON = "lon";
    private static final String CATEGORY = "facility_type";
    private static final String DATE = "ref_date";
    private static final Pattern FINESS = Pattern.compile("(\\d{2}|2[AB])\\d{7}");
    private static final Pattern DAY = Pattern.compile("\\d{2}/\\d{2}/(\\d{4})");
    private static final List<String> REQUIRED = List.of(ID, NAME, LAT, LON, CATEGORY);
    private final ReadLimits limits;

    public FinessHospitalReader() {
        this(ReadLimits.DEFAULT);
    }

    public FinessHospitalReader(ReadLimits limits) {
        this.limits = limits;
    }

    @Override
    public String format() {
        return "finess-hospitals-geolocated";
    }

    @Override
    public boolean canRead(Path file) {
        if (!SourceFiles.hasExtension(file, "csv")) {
            return false;
        }
        List<String> columns = List.of(SourceFiles.firstLine(file).replace("\"", "").split(","));
        return columns.containsAll(REQUIRED);
    }

    @Override
    public ReadResult<StructureRecord> read(Path file) {
        Problems problems = SourceFiles.open(file, limits);
        List<StructureRecord> records = new ArrayList<>();
        Integer[] year = {null};
        int[] lines = {0};
        try (CsvTable table = CsvTable.open(file, ',', problems)) {
            table.require(REQUIRED);
            boolean hasSite = table.hasColumn(SITE);
            boolean hasDate = table.hasColumn(DATE);
            CodeRegistry ids = new CodeRegistry(problems);
            table.forEachRow(row -> {
                lines[0]++;
                if (hasDate) {
                    year[0] = year(row, year[0], problems);
                }
                String id = row.required(ID);
                if (id != null && !FINESS.matcher(id).matches()) {
                    problems.error(row.location(), ID, "not a 9-character FINESS number (such as 080000110): '"
                            + PractitionerCells.printable(id) + "'");
                    id = null;
                }
                String name = row.required(NAME);
                String site = hasSite ? row.optional(SITE) : null;
                String category = row.required(CATEGORY);
                Double lat = coordinate(row, LAT, problems);
                Double lon = coordinate(row, LON, problems);
                if (lat != null && lon != null) {
                    String outside = FranceExtent.problem(lon, lat);
                    if (outside != null) {
                        problems.error(row.location(), LON + ", " + LAT, outside);
                        return;
                    }
                }
                if (id == null || name == null || category == null || lat == null || lon == null
                        || !ids.firstUse(id, row.location(), ID)) {
                    return;
                }
                records.add(new StructureRecord(StructureType.HOSPITAL, null, 1, lon, lat,
                        site == null || site.equalsIgnoreCase(name) ? name : name + " — " + site, category, id, null,
                        problems.file() + "#" + row.location()));
            });
        }
        Integer vintage = year[0];
        List<StructureRecord> dated = records.stream().map(r -> new StructureRecord(r.type(), null, 1, r.lon(), r.lat(),
                r.name(), r.facilityType(), r.finess(), vintage, r.origin())).toList();
        return problems.result(dated, lines[0], 0, vintage);
    }

    private static Double coordinate(CsvTable.Row row, String column, Problems problems) {
        if (row.raw(column).isBlank()) {
            problems.error(row.location(), column, "missing coordinate");
            return null;
        }
        Double v = row.number(column);
        return v == null || !Double.isFinite(v) ? null : v;
    }

    private static Integer year(CsvTable.Row row, Integer seen, Problems problems) {
        String raw = row.raw(DATE).strip();
        if (raw.isEmpty()) {
            return seen;
        }
        Matcher m = DAY.matcher(raw);
        if (!m.matches()) {
            problems.error(row.location(), DATE, "not a date dd/mm/yyyy: '" + PractitionerCells.printable(raw) + "'");
            return seen;
        }
        int y = Integer.parseInt(m.group(1));
        if (seen != null && seen != y) {
            problems.error(row.location(), DATE, "extraction year " + y + " differs from " + seen
                    + " on earlier lines; one file must hold one FINESS extraction");
            return seen;
        }
        return y;
    }
}
