package fr.oasis.accessibility.batch;

import fr.oasis.accessibility.engine.Supply;

import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads {@code id,profession,commune_code,lon,lat,activity,age} into a {@link Supply} for one
 * profession. Every line is validated, whatever its profession (a file with a broken line is
 * rejected as a whole): id present and unique, commune code known, activity a number
 * {@code >= 0}, age empty (unknown) or a whole number {@code >= 0}. The practitioner's own
 * lon/lat are informational: supply sits at the commune's point.
 */
final class PractitionerReader {

    private PractitionerReader() {
    }

    static Supply read(Path path, CommuneTable communes, String profession, Supply.Builder supply)
            throws InputException {
        CsvFile csv = CsvFile.open(path);
        int idColumn = csv.column("id");
        int professionColumn = csv.column("profession");
        int communeColumn = csv.column("commune_code");
        int activityColumn = csv.column("activity");
        int ageColumn = csv.column("age");
        // byte-level indexes: no String per line for ids, codes and professions (100,000 lines)
        ByteKeyIndex ids = new ByteKeyIndex();
        ByteKeyIndex professions = new ByteKeyIndex();
        byte[] wanted = profession.getBytes(StandardCharsets.UTF_8);
        int wantedIndex = professions.add(wanted, 0, wanted.length);
        int ofProfession = 0;
        while (csv.next()) {
            if (csv.isEmpty(idColumn) || csv.add(ids, idColumn) < 0) {
                throw new InputException(csv.name(), csv.lineNumber(), "id", csv.isEmpty(idColumn) ? "empty practitioner id"
                        : "practitioner id " + csv.text(idColumn).trim() + " already given on an earlier line");
            }
            int commune = csv.find(communes.indexByCode, communeColumn);
            if (commune < 0) {
                throw new InputException(csv.name(), csv.lineNumber(), "commune_code", "commune '"
                        + csv.text(communeColumn).trim() + "' of practitioner " + csv.text(idColumn).trim()
                        + " is not in " + communes.file);
            }
            double activity = csv.number(activityColumn);
            if (activity < 0) {
                throw new InputException(csv.name(), csv.lineNumber(), "activity", "negative activity " + activity
                        + " for practitioner " + csv.text(idColumn).trim());
            }
            int age = age(csv, ageColumn);
            int itsProfession = csv.add(professions, professionColumn);
            if (itsProfession == -(wantedIndex + 1)) {
                ofProfession++;
                supply.add(csv.text(idColumn), commune, activity, age);
            }
        }
        if (ofProfession == 0) {
            throw new InputException(csv.name(), 0, "profession", "no practitioner of profession '" + profession
                    + "' (professions present: " + present(professions, wantedIndex) + ")");
        }
        return supply.build();
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

    private static int age(CsvFile csv, int column) throws InputException {
        if (csv.isEmpty(column)) {
            return Supply.UNKNOWN_AGE;
        }
        double age = csv.number(column);
        if (age < 0 || age != Math.rint(age) || age > 150) {
            throw new InputException(csv.name(), csv.lineNumber(), "age", "age must be a whole number of years"
                    + " between 0 and 150, got " + age);
        }
        return (int) age;
    }
}
