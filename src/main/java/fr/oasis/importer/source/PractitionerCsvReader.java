package fr.oasis.importer.source;

import fr.oasis.importer.record.PractitionerRecord;
import fr.oasis.practitioner.Profession;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads Oasis' own practitioner CSV, the format an ARS or CPTS fills from its lists:
 * comma-separated, UTF-8, optionally quoted, header
 * {@code id,profession,specialty,commune_code,lon,lat,activity,age}.
 * <p>
 * Required columns and values: {@code id} (unique in the file), {@code profession} (a catalogue
 * key such as {@code MG}, any case), {@code commune_code}. The other columns may be missing or
 * blank. {@code lon}/{@code lat} are WGS84 degrees, both or neither, inside metropolitan or
 * overseas France; {@code activity} is yearly activity in the profession's activity unit,
 * non-negative (blank = unknown, the default applies later); {@code age} is a whole number of
 * years from 18 to 100. Decimal comma or dot. No vintage: the file states none.
 * <p>
 * Streams the file; memory holds the records and one id per line. Immutable and thread-safe.
 */
public final class PractitionerCsvReader implements SourceReader<PractitionerRecord> {
    static final String ID = "id";
    static final String PROFESSION = "profession";
    static final String SPECIALTY = "specialty";
    static final String COMMUNE = "commune_code";
    static final String LON = "lon";
    static final String LAT = "lat";
    static final String ACTIVITY = "activity";
    static final String AGE = "age";
    private static final int MIN_AGE = 18;
    private static final int MAX_AGE = 100;
    private final ReadLimits limits;

    public PractitionerCsvReader() {
        this(ReadLimits.DEFAULT);
    }

    public PractitionerCsvReader(ReadLimits limits) {
        this.limits = limits;
    }

    @Override
    public String format() {
        return "oasis-practitioners-csv";
    }

    @Override
    public boolean canRead(Path file) {
        return SourceFiles.hasExtension(file, "csv")
                && SourceFiles.firstLine(file).replace("\"", "").startsWith("id,profession,");
    }

    @Override
    public ReadResult<PractitionerRecord> read(Path file) {
        Problems problems = SourceFiles.open(file, limits);
        List<PractitionerRecord> records = new ArrayList<>();
        CodeRegistry ids = new CodeRegistry(problems);
        int[] lines = {0};
        try (CsvTable table = CsvTable.open(file, ',', problems)) {
            table.require(List.of(ID, PROFESSION, COMMUNE));
            table.forEachRow(row -> {
                lines[0]++;
                PractitionerRecord r = toRecord(table, row, problems);
                if (r != null && ids.firstUse(r.id(), row.location(), ID)) {
                    records.add(r);
                }
            });
        }
        return problems.result(records, lines[0], 0, null);
    }

    private static PractitionerRecord toRecord(CsvTable table, CsvTable.Row row, Problems problems) {
        String id = row.required(ID);
        Profession profession = profession(row, problems);
        String specialty = table.hasColumn(SPECIALTY) ? row.optional(SPECIALTY) : null;
        String commune = PractitionerCells.communeCode(row, COMMUNE, problems);
        Double[] position = position(table, row, problems);
        Double activity = table.hasColumn(ACTIVITY) ? PractitionerCells.optionalNumber(row, ACTIVITY, problems) : null;
        if (activity != null && activity < 0) {
            problems.error(row.location(), ACTIVITY, "negative activity " + activity);
        }
        Long age = table.hasColumn(AGE) ? PractitionerCells.optionalInteger(row, AGE, problems) : null;
        if (age != null && (age < MIN_AGE || age > MAX_AGE)) {
            problems.error(row.location(), AGE, "age " + age + " outside " + MIN_AGE + "-" + MAX_AGE);
        }
        if (id == null || profession == null || commune == null || position == null
                || (activity != null && !(activity >= 0)) || (age != null && (age < MIN_AGE || age > MAX_AGE))) {
            return null;
        }
        return new PractitionerRecord(id, profession.key(), specialty, commune, position[0], position[1], activity,
                age == null ? null : age.intValue(), false, problems.file() + "#" + row.location());
    }

    private static Profession profession(CsvTable.Row row, Problems problems) {
        String key = row.required(PROFESSION);
        if (key == null) {
            return null;
        }
        try {
            return Profession.fromKey(key);
        } catch (IllegalArgumentException e) {
            problems.error(row.location(), PROFESSION, e.getMessage());
            return null;
        }
    }

    /** {lon, lat}, {null, null} when both are blank or absent, or null after an error. */
    private static Double[] position(CsvTable table, CsvTable.Row row, Problems problems) {
        Double lon = table.hasColumn(LON) ? PractitionerCells.optionalNumber(row, LON, problems) : null;
        Double lat = table.hasColumn(LAT) ? PractitionerCells.optionalNumber(row, LAT, problems) : null;
        if ((lon != null && lon.isNaN()) || (lat != null && lat.isNaN())) {
            return null;
        }
        if ((lon == null) != (lat == null)) {
            problems.error(row.location(), lon == null ? LON : LAT, "lon and lat must both be given or both be blank");
            return null;
        }
        String outside = lon == null ? null : FranceExtent.problem(lon, lat);
        if (outside != null) {
            problems.error(row.location(), LON + ", " + LAT, "point " + outside);
            return null;
        }
        return new Double[] {lon, lat};
    }
}
