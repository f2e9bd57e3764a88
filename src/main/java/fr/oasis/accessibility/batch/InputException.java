package fr.oasis.accessibility.batch;

/**
 * Bad input to the batch command, located for the person who has to fix the file: the message
 * reads {@code "practitioners.csv, line 12, field 'activity': not a number: 'abc'"}.
 */
final class InputException extends Exception {

    InputException(String file, int line, String field, String problem) {
        super(locate(file, line, field) + problem);
    }

    private static String locate(String file, int line, String field) {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(", line ").append(line);
        }
        if (field != null && !field.isEmpty()) {
            sb.append(", field '").append(field).append('\'');
        }
        return sb.append(": ").toString();
    }
}
