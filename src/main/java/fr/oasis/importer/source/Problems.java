package fr.oasis.importer.source;

import fr.oasis.importer.problem.ImportException;
import fr.oasis.importer.problem.ImportProblem;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the errors and warnings of reading one file. Readers keep going after an error so that
 * an administrator fixes a file in one round trip, but stop once {@code maxProblems} errors are
 * collected: past that point the file is most likely of the wrong kind altogether.
 * <p>
 * Not thread-safe: one instance per read.
 */
final class Problems {
    /**
     * The longest text value stored (names, labels, codes, specialties are far shorter): a longer
     * one means a broken or hostile file and is refused, never stored.
     */
    static final int MAX_TEXT_CHARS = 1000;
    private final String file;
    private final int maxProblems;
    private final List<ImportProblem> errors = new ArrayList<>();
    private final List<ImportProblem> warnings = new ArrayList<>();

    Problems(String file, int maxProblems) {
        this.file = file;
        this.maxProblems = maxProblems;
    }

    String file() {
        return file;
    }

    /** Records an error; throws once the limit is reached. */
    void error(String location, String field, String message) {
        errors.add(new ImportProblem(file, location, field, message));
        if (errors.size() >= maxProblems) {
            throw new ImportException(errors);
        }
    }

    /** Records an error that makes reading on pointless, and throws with everything collected. */
    ImportException fatal(String location, String field, String message) {
        errors.add(new ImportProblem(file, location, field, message));
        return new ImportException(errors);
    }

    void warn(String location, String field, String message) {
        warnings.add(new ImportProblem(file, location, field, message));
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    List<ImportProblem> warnings() {
        return warnings;
    }

    /** Throws if any error was recorded; call once the whole file has been read. */
    void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new ImportException(errors);
        }
    }

    /**
     * Returns {@code value} stripped of surrounding blanks, or null after recording an error if it
     * is missing, blank, longer than {@link #MAX_TEXT_CHARS} or holds a control character.
     */
    String requiredText(String location, String field, String value) {
        if (value == null || value.isBlank()) {
            error(location, field, "missing or blank value");
            return null;
        }
        return optionalText(location, field, value);
    }

    /** Like {@link #requiredText} but a missing or blank value gives null without error. */
    String optionalText(String location, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_TEXT_CHARS) {
            error(location, field, String.format(java.util.Locale.ROOT, "value of %,d characters, longer than the"
                    + " %,d-character limit of a stored text: refused", value.length(), MAX_TEXT_CHARS));
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            // Tab is tolerated (spreadsheet exports); any other control character means a corrupt
            // or crafted file, and could break logs or CSV exports downstream.
            if (Character.isISOControl(c) && c != '\t') {
                error(location, field, String.format("control character U+%04X at position %d", (int) c, i + 1));
                return null;
            }
        }
        return value.strip();
    }

    <T> ReadResult<T> result(List<T> records, int itemsRead, int skipped, Integer vintage) {
        throwIfAny();
        return new ReadResult<>(records, warnings, itemsRead, skipped, vintage);
    }
}
