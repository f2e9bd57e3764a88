package fr.oasis.tabular;

/**
 * Bad input in a delimited file, located for the person who has to fix it: the message reads
 * {@code "practitioners.csv, line 12, field 'activity': not a number: 'abc'"}. Readers that
 * collect problems instead of stopping keep the parts ({@link #file()}, {@link #line()},
 * {@link #field()}, {@link #problem()}) and may go on reading after a {@link #recoverable()} one.
 * An {@link IllegalArgumentException}, as every bad input in Oasis. Immutable.
 */
public class TableFileException extends IllegalArgumentException {

    private static final int SHOWN_CHARACTERS = 40;

    private final String file;
    private final long line;
    private final String field;
    private final String problem;
    private final boolean recoverable;

    /**
     * @param file        file name only (messages reach users: never a server path)
     * @param line        1-based physical line (the header is line 1), or 0 for the whole file
     * @param field       column name, or empty
     * @param recoverable true when the reader is positioned after the bad line and may go on
     */
    public TableFileException(String file, long line, String field, String problem, boolean recoverable) {
        super(locate(file, line, field) + problem);
        this.file = file;
        this.line = line;
        this.field = field == null ? "" : field;
        this.problem = problem;
        this.recoverable = recoverable;
    }

    /** "file, line 12, field 'x': " (the parts that are known), the prefix of every located message. */
    public static String locate(String file, long line, String field) {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(", line ").append(line);
        }
        if (field != null && !field.isEmpty()) {
            sb.append(", field '").append(field).append('\'');
        }
        return sb.append(": ").toString();
    }

    /** A value as it may appear in a message: cut to 40 characters, control characters as '?'. */
    public static String shown(String value) {
        String cut = value.length() > SHOWN_CHARACTERS ? value.substring(0, SHOWN_CHARACTERS) + "…" : value;
        return cut.replaceAll("\\p{Cntrl}", "?");
    }

    public String file() {
        return file;
    }

    /** The line, or 0 when the problem concerns the whole file. */
    public long line() {
        return line;
    }

    /** "line 12", or "" for the whole file: the location an import problem gives. */
    public String location() {
        return line > 0 ? "line " + line : "";
    }

    public String field() {
        return field;
    }

    /** The message without its location. */
    public String problem() {
        return problem;
    }

    public boolean recoverable() {
        return recoverable;
    }
}
