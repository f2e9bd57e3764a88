package fr.oasis.accessibility.batch;

import fr.oasis.tabular.TableFileException;

/**
 * Bad input to the batch command, located for the person who has to fix the file: the message
 * reads {@code "practitioners.csv, line 12, field 'activity': not a number: 'abc'"}.
 */
final class InputException extends Exception {

    InputException(String file, long line, String field, String problem) {
        super(TableFileException.locate(file, line, field) + problem);
    }

    /** The same located message as a problem found by the file reader. */
    InputException(TableFileException e) {
        this(e.file(), e.line(), e.field(), e.problem());
    }
}
