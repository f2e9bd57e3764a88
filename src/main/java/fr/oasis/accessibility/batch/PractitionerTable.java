package fr.oasis.accessibility.batch;

import fr.oasis.accessibility.engine.Supply;
import fr.oasis.tabular.DelimitedFile;
import fr.oasis.tabular.Dialect;
import fr.oasis.tabular.TableFileException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

/**
 * The practitioners file {@code id,profession,commune_code,lon,lat,activity,age}, read in two
 * steps so that it can be parsed while the communes file is read on another thread: {@link #read}
 * validates every line on its own (id present and unique, activity a number {@code >= 0}, age
 * empty for unknown or a whole number) and keeps the chosen profession; {@link #toSupply} then
 * checks the commune codes (naming the first line of an unknown one) and sums the supply. The
 * practitioners' own lon/lat are informational: supply sits at the commune's point.
 */
final class PractitionerTable {

    private final String file;
    private final String profession;
    private final ByteKeyIndex communeCodes;
    private final long[] firstLineOfCode;
    private final int count;
    private final ByteKeyIndex ids;
    private final int[] idOf;
    private final int[] codeOf;
    private final double[] activity;
    private final int[] age;

    private PractitionerTable(String file, String profession, ByteKeyIndex communeCodes, long[] firstLineOfCode,
                              int count, ByteKeyIndex ids, int[] idOf, int[] codeOf, double[] activity, int[] age) {
        this.file = file;
        this.profession = profession;
        this.communeCodes = communeCodes;
        this.firstLineOfCode = firstLineOfCode;
        this.count = count;
        this.ids = ids;
        this.idOf = idOf;
        this.codeOf = codeOf;
        this.activity = activity;
        this.age = age;
    }

    static PractitionerTable read(Path path, String profession) throws InputException {
        try (DelimitedFile csv = DelimitedFile.open(path, Dialect.CSV)) {
            csv.require("id", "profession", "commune_code", "activity", "age");
            return read(csv, profession);
        } catch (TableFileException e) {
            throw new InputException(e);
        }
    }

    private static PractitionerTable read(DelimitedFile csv, String profession) throws InputException {
        int idColumn = csv.column("id");
        int professionColumn = csv.column("profession");
        int communeColumn = csv.column("commune_code");
        int activityColumn = csv.column("activity");
        int ageColumn = csv.column("age");
        // byte-level indexes: no String per line for ids, codes and professions; an id is kept as
        // its index among the ids (the set holds its bytes once)
        ByteKeyIndex seenIds = new ByteKeyIndex(CommuneTable.expectedLines(csv));
        ByteKeyIndex professions = new ByteKeyIndex();
        ByteKeyIndex codes = new ByteKeyIndex();
        byte[] wanted = profession.getBytes(StandardCharsets.UTF_8);
        int wantedIndex = professions.add(wanted, 0, wanted.length);
        long[] firstLine = new long[1024];
        Rows rows = new Rows(CommuneTable.expectedLines(csv));
        while (csv.next()) {
            int id = csv.isBlank(idColumn) ? -1 : seenIds.add(csv, idColumn);
            if (id < 0) {
                throw new InputException(csv.name(), csv.line(), "id", csv.isBlank(idColumn) ? "empty practitioner id"
                        : "practitioner id " + csv.text(idColumn).strip() + " already given on an earlier line");
            }
            double itsActivity = csv.number(activityColumn);
            if (itsActivity < 0) {
                throw new InputException(csv.name(), csv.line(), "activity", "negative activity " + itsActivity
                        + " for practitioner " + csv.text(idColumn).strip());
            }
            int itsAge = age(csv, ageColumn);
            int code = codes.add(csv, communeColumn);
            if (code >= 0) {
                firstLine = code < firstLine.length ? firstLine : Arrays.copyOf(firstLine, firstLine.length * 2);
                firstLine[code] = csv.line();
            }
            if (professions.add(csv, professionColumn) == -(wantedIndex + 1)) {
                rows.add(id, code < 0 ? -code - 1 : code, itsActivity, itsAge);
            }
        }
        if (rows.size == 0) {
            throw new InputException(csv.name(), 0, "profession", "no practitioner of profession '" + profession
                    + "' (professions present: " + present(professions, wantedIndex) + ")");
        }
        return new PractitionerTable(csv.name(), profession, codes, firstLine, rows.size, seenIds, rows.idOf,
                rows.codeOf, rows.activity, rows.age);
    }

    /** Supply per commune of the kept practitioners; every commune code of the file must be known. */
    Supply toSupply(CommuneTable communes, Supply.Builder supply) throws InputException {
        int[] communeOfCode = new int[communeCodes.size()];
        for (int c = 0; c < communeOfCode.length; c++) {
            byte[] code = communeCodes.key(c).getBytes(StandardCharsets.UTF_8);
            communeOfCode[c] = communes.indexByCode.get(code, 0, code.length);
            if (communeOfCode[c] < 0) {
                throw new InputException(file, firstLineOfCode[c], "commune_code", "commune '" + communeCodes.key(c)
                        + "' is not in " + communes.file);
            }
        }
        for (int p = 0; p < count; p++) {
            codeOf[p] = communeOfCode[codeOf[p]];
        }
        return supply.addAll(count, codeOf, activity, age, this::id).build();
    }

    private String id(int practitioner) {
        return ids.key(idOf[practitioner]);
    }

    String profession() {
        return profession;
    }

    private static String present(ByteKeyIndex professions, int wantedIndex) {
        Set<String> names = new TreeSet<>();
        for (int k = 0; k < professions.size(); k++) {
            if (k != wantedIndex) {
                names.add(professions.key(k));
            }
        }
        return String.join(", ", names);
    }

    private static int age(DelimitedFile csv, int column) throws InputException {
        if (csv.isBlank(column)) {
            return Supply.UNKNOWN_AGE;
        }
        double value = csv.number(column);
        if (value < 0 || value != Math.rint(value) || value > 150) {
            throw new InputException(csv.name(), csv.line(), "age", "age must be a whole number of years"
                    + " between 0 and 150, got " + value);
        }
        return (int) value;
    }

    /** Column arrays of the kept practitioners, growing as lines are read. */
    private static final class Rows {
        int size;
        int[] idOf;
        int[] codeOf;
        double[] activity;
        int[] age;

        Rows(int capacity) {
            idOf = new int[capacity];
            codeOf = new int[capacity];
            activity = new double[capacity];
            age = new int[capacity];
        }

        void add(int id, int code, double itsActivity, int itsAge) {
            if (size == idOf.length) {
                idOf = Arrays.copyOf(idOf, size * 2);
                codeOf = Arrays.copyOf(codeOf, size * 2);
                activity = Arrays.copyOf(activity, size * 2);
                age = Arrays.copyOf(age, size * 2);
            }
            idOf[size] = id;
            codeOf[size] = code;
            activity[size] = itsActivity;
            age[size] = itsAge;
            size++;
        }
    }
}
