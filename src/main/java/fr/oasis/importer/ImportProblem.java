package fr.oasis.importer;

/**
 * One thing wrong with an input file, located precisely enough for an administrator to fix it.
 *
 * @param file     file name as given (never a full server path)
 * @param location "line 12", "feature 7", "object 3", or "" for a whole-file problem
 * @param field    the column, property or member concerned, or "" when none
 * @param message  what is wrong, in plain words
 */
public record ImportProblem(String file, String location, String field, String message) {

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
