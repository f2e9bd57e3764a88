package fr.oasis.importer.source;

import fr.oasis.tabular.DelimitedFile;
import fr.oasis.tabular.Dialect;
import fr.oasis.tabular.TableFileException;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * A UTF-8 CSV file with a header line as the importers read it: {@link DelimitedFile} (the one
 * delimited-file reader: required columns all listed at once, the header's number of values on
 * every line, strict UTF-8, bounded values, one decimal separator per file) with its problems
 * collected in the file's {@link Problems} rather than thrown, so that an administrator sees every
 * bad line of a file at once. A line with the wrong number of values is reported and skipped; a
 * file that cannot be read on (invalid UTF-8, an unterminated quote, a value of megabytes) stops
 * with everything collected so far.
 * <p>
 * Line numbers are physical lines, the header being line 1 (or the line after the title lines). Not thread-safe; streams the file, so
 * memory does not grow with its size.
 */
final class CsvTable implements AutoCloseable {
    private final Problems problems;
    private final DelimitedFile file;
    private final Row row = new Row();

    private CsvTable(Problems problems, DelimitedFile file) {
        this.problems = problems;
        this.file = file;
    }

    /** Opens the file; the header line is read at once. */
    static CsvTable open(Path file, char delimiter, Problems problems) {
        return open(file, delimiter, '"', problems);
    }

    /**
     * Opens a file whose values are quoted with {@code quote} (only {@code "} is supported), or
     * never quoted when it is null: the Annuaire Santé extracts are pipe-separated without quoting,
     * and a name starting with a quote mark must stay a plain character there.
     */
    static CsvTable open(Path file, char delimiter, Character quote, Problems problems) {
        return open(file, delimiter, quote, 0, problems);
    }

    /**
     * Opens a file whose header follows {@code titleCount} title lines (the INSEE "Statistiques
     * locales" and CartoSanté exports put two there); they are kept as read, see {@link #titleLines()}.
     * Line numbers stay physical: the header is line {@code titleCount + 1}.
     */
    static CsvTable open(Path file, char delimiter, Character quote, int titleCount, Problems problems) {
        if (quote != null && quote != '"') {
            throw new IllegalArgumentException("only the double quote is supported, not " + quote);
        }
        Dialect dialect = new Dialect(delimiter, quote == null ? Dialect.Quoting.NONE : Dialect.Quoting.QUOTED);
        try {
            return new CsvTable(problems, DelimitedFile.open(file, dialect, titleCount));
        } catch (TableFileException e) {
            throw problems.fatal(e.location(), e.field(), e.problem());
        }
    }

    /** The values of the title lines read before the header (empty unless opened with some). */
    List<List<String>> titleLines() {
        return file.titleLines();
    }

    /** Where the header is, e.g. "line 3" after two title lines. */
    String headerLocation() {
        return "line " + file.headerLine();
    }

    List<String> header() {
        return file.header();
    }

    boolean hasColumn(String name) {
        return file.column(name) >= 0;
    }

    /** Fails, listing every missing column, unless all {@code required} columns are in the header. */
    void require(Collection<String> required) {
        try {
            file.require(required);
        } catch (TableFileException e) {
            close();
            throw problems.fatal(e.location(), e.field(), e.problem());
        }
    }

    /**
     * Calls {@code action} for every data line with the expected number of values. The row given
     * is valid during the call only.
     */
    void forEachRow(Consumer<Row> action) {
        while (true) {
            try {
                if (!file.next()) {
                    return;
                }
            } catch (TableFileException e) {
                if (!e.recoverable()) {
                    close();
                    throw problems.fatal(e.location(), e.field(), e.problem());
                }
                problems.error(e.location(), e.field(), e.problem());
                continue;
            }
            action.accept(row);
        }
    }

    @Override
    public void close() {
        file.close();
    }

    /** The current data line. */
    final class Row {
        private Row() {
        }

        long line() {
            return file.line();
        }

        String location() {
            return "line " + file.line();
        }

        /** The raw value of a column known to exist (checked by {@link #require}). */
        String raw(String column) {
            return file.text(file.column(column));
        }

        String required(String column) {
            return problems.requiredText(location(), column, raw(column));
        }

        String optional(String column) {
            return problems.optionalText(location(), column, raw(column));
        }

        /**
         * The column's decimal number (a point or a comma, see {@link fr.oasis.tabular.Decimals}),
         * or null when the value is blank (missing is not zero) or, after recording an error, is
         * not a number.
         */
        Double number(String column) {
            int index = file.column(column);
            if (file.isBlank(index)) {
                return null;
            }
            try {
                return file.number(index);
            } catch (TableFileException e) {
                problems.error(location(), column, e.problem());
                return null;
            }
        }

        /** The column's whole number, or null when blank or, after recording an error, not one. */
        Long wholeNumber(String column) {
            int index = file.column(column);
            if (file.isBlank(index)) {
                return null;
            }
            try {
                return file.wholeNumber(index);
            } catch (TableFileException e) {
                problems.error(location(), column, e.problem());
                return null;
            }
        }
    }
}
