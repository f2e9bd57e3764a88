package fr.oasis.importer.problem;

/**
 * One thing wrong with an input file, located precisely enough for an administrator to fix it.
 *
 * @param file     file name as given (never a full server path)
 * @param location "line 12", "feature 7", "object 3", or "" for a whole-file problem
 * @param field    the column, property or member concerned, or "" when none
 * @param message  what is wrong, in plain words
 */
public record ImportProblem(String file, String location, String field, String message) {

    /**
     * A problem at a record's origin, written "file#location" by the readers (e.g.
     * "communes.json#object 12").
     */
    public static ImportProblem at(String origin, String field, String message) {
        String where = origin == null ? "" : origin;
        int hash = where.indexOf('#');
        return hash < 0 ? new ImportProblem(where, "", field, message)
                : new ImportProblem(where.substring(0, hash), where.substring(hash + 1), field, message);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(file);
        if (!location.isEmpty()) {
            sb.append(", ").append(location);
        }
        if (!field.isEmpty()) {
            sb.append(", field '").append(field).append('\'');
        }
        return sb.append(": ").append(message).toString();
    }
}
