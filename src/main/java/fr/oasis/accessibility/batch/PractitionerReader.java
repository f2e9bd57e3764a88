package fr.oasis.accessibility.batch;

import fr.oasis.accessibility.engine.Supply;

import java.nio.file.Path;
import java.util.HashSet;
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
        Set<String> ids = new HashSet<>();
        Set<String> professions = new TreeSet<>();
        int ofProfession = 0;
        while (csv.next()) {
            String id = csv.text(idColumn).trim();
            if (id.isEmpty() || !ids.add(id)) {
                throw new InputException(csv.name(), csv.lineNumber(), "id", id.isEmpty() ? "empty practitioner id"
                        : "practitioner id " + id + " already given on an earlier line");
            }
            String code = csv.text(communeColumn).trim();
            Integer commune = communes.indexByCode.get(code);
            if (commune == null) {
                throw new InputException(csv.name(), csv.lineNumber(), "commune_code", "commune '" + code
                        + "' of practitioner " + id + " is not in " + communes.file);
            }
            double activity = csv.number(activityColumn);
            if (activity < 0) {
                throw new InputException(csv.name(), csv.lineNumber(), "activity", "negative activity " + activity
                        + " for practitioner " + id);
            }
            int age = age(csv, ageColumn);
            String itsProfession = csv.text(professionColumn).trim();
            professions.add(itsProfession);
            if (itsProfession.equals(profession)) {
                ofProfession++;
                supply.add(id, commune, activity, age);
            }
        }
        if (ofProfession == 0) {
            throw new InputException(csv.name(), 0, "profession", "no practitioner of profession '" + profession
                    + "' (professions present: " + String.join(", ", professions) + ")");
        }
        return supply.build();
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
