package fr.oasis.tabular;

/**
 * How the records of a delimited file are written: the delimiter, and what a double quote means.
 *
 * @param delimiter an ASCII character between fields, e.g. {@code ','}, {@code ';'}, {@code '|'}
 * @param quoting   {@link Quoting#QUOTED} (RFC 4180: a field may be enclosed in double quotes, a
 *                  quote inside written twice, line breaks allowed inside), {@link Quoting#NONE}
 *                  (a quote is a plain character: the pipe-separated Annuaire Santé extracts,
 *                  where a name may start with one) or {@link Quoting#REFUSED} (a quote is an
 *                  error: formats that never quote, such as Travel Mapping graphs, where one means
 *                  a file of another kind)
 */
public record Dialect(char delimiter, Quoting quoting) {

    /** Comma-separated, optionally quoted: most CSV files. */
    public static final Dialect CSV = new Dialect(',', Quoting.QUOTED);
    /** Semicolon-separated, optionally quoted: INSEE downloads. */
    public static final Dialect SEMICOLON = new Dialect(';', Quoting.QUOTED);

    /** What a double quote means in a file. */
    public enum Quoting { QUOTED, NONE, REFUSED }

    public Dialect {
        if (delimiter >= 128 || delimiter == '"' || delimiter == '\n' || delimiter == '\r') {
            throw new IllegalArgumentException("a delimiter is an ASCII character other than a quote or a line end: "
                    + delimiter);
        }
    }
}
