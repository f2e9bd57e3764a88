package fr.oasis.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A delimited text file with a header line, streamed record by record: the one reader of the
 * CSV-like files of Oasis (INSEE tables, Annuaire Santé extracts, the {@code apl} command's
 * inputs, Travel Mapping road graphs). Fields are read in place from a byte buffer
 * ({@link RecordScanner}): no object per field unless asked for its text, so a 100,000-line file
 * is read in milliseconds and memory does not grow with the file.
 * <p>
 * Checks, each a {@link TableFileException} naming the file, the line (header = 1; physical
 * lines, also when a quoted value spans several) and the column: the header is there and has the
 * required columns (all missing ones listed at once); every record has the header's number of
 * values ({@linkplain TableFileException#recoverable() recoverable}: reading may go on); strict
 * UTF-8; no value longer than 64 KiB; numbers follow {@link Decimals} and one file uses one
 * decimal separator (checked when {@link #next} reaches the end: the first number written with
 * the minority separator is reported, recoverable). Values are given untrimmed by {@link #text};
 * numbers and {@linkplain #start byte ranges} ignore surrounding spaces and tabs.
 * <p>
 * Not thread-safe. The byte ranges of a record are valid until the next call to {@link #next}.
 */
public final class DelimitedFile implements AutoCloseable {

    private final String name;
    private final long size;
    private final InputStream in;
    private final RecordScanner records;
    private final List<List<String>> titleLines = new ArrayList<>();
    private final List<String> header;
    private final long headerLine;
    private final Map<String, Integer> columns = new HashMap<>();
    private final DecimalSeparators separators = new DecimalSeparators();
    private boolean finished;

    private DelimitedFile(String name, long size, InputStream in, Dialect dialect, int titleCount) {
        this.name = name;
        this.size = size;
        this.in = in;
        this.records = new RecordScanner(in, dialect, this::problemAt);
        for (int t = 0; t < titleCount; t++) {
            if (!next(records)) {
                throw new TableFileException(name, t + 1, "", "expected " + titleCount
                        + " title lines before the header, found " + t, false);
            }
            List<String> title = new ArrayList<>();
            for (int f = 0; f < records.fields; f++) {
                title.add(text(f).replace("\uFEFF", "").strip());
            }
            titleLines.add(List.copyOf(title));
        }
        if (!next(records)) {
            throw new TableFileException(name, titleCount, "", titleCount == 0 ? "empty file, expected a header line"
                    : "no header line after the " + titleCount + " title lines", false);
        }
        this.headerLine = records.line();
        List<String> names = new ArrayList<>();
        for (int f = 0; f < records.fields; f++) {
            // A download opened and saved by a spreadsheet often gains a BOM, sometimes inside quotes.
            names.add(text(f).replace("\uFEFF", "").strip());
        }
        this.header = List.copyOf(names);
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(header.get(i), i);
        }
    }

    /**
     * Opens a file and reads its header line.
     *
     * @throws TableFileException if the file cannot be read, is empty or its header is malformed
     */
    public static DelimitedFile open(Path file, Dialect dialect) {
        return open(file, dialect, 0);
    }

    /**
     * Opens a file whose header follows {@code titleCount} title lines (the INSEE "Statistiques
     * locales" and CartoSanté exports put two there), kept as read ({@link #titleLines()}); line
     * numbers stay physical.
     *
     * @throws TableFileException if the file cannot be read, lacks a title line or its header
     */
    public static DelimitedFile open(Path file, Dialect dialect, int titleCount) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        InputStream in;
        long size;
        try {
            size = Files.size(file);
            in = Files.newInputStream(file);
        } catch (IOException e) {
            throw new TableFileException(name, 0, "", "cannot read the file (" + e.getClass().getSimpleName() + ")",
                    false);
        }
        try {
            return new DelimitedFile(name, size, in, dialect, titleCount);
        } catch (RuntimeException e) {
            closeQuietly(in);
            throw e;
        }
    }

    /** The file name (never a full path: messages reach users). */
    public String name() {
        return name;
    }

    /** The file's size in bytes, e.g. to size arrays once. */
    public long size() {
        return size;
    }

    /** The title lines before the header, values stripped of blanks and byte-order marks. */
    public List<List<String>> titleLines() {
        return List.copyOf(titleLines);
    }

    /** The physical line of the header (1 without title lines). */
    public long headerLine() {
        return headerLine;
    }

    /** The column names, stripped of blanks and byte-order marks. */
    public List<String> header() {
        return header;
    }

    /** Index of the (first) column of that name, or -1. */
    public int column(String column) {
        return columns.getOrDefault(column, -1);
    }

    /** Fails, listing every missing column, unless all {@code required} columns are in the header. */
    public void require(Iterable<String> required) {
        List<String> missing = new ArrayList<>();
        required.forEach(c -> {
            if (!columns.containsKey(c)) {
                missing.add(c);
            }
        });
        if (!missing.isEmpty()) {
            throw new TableFileException(name, headerLine, String.join(", ", missing), "missing column(s) " + missing
                    + "; header has " + header, false);
        }
    }

    public void require(String... required) {
        require(List.of(required));
    }

    /**
     * Advances to the next non-blank line; false at the end of the file.
     *
     * @throws TableFileException for a malformed line (recoverable when only its number of values
     *                            is wrong: the next call reads the line after it), or at the end of
     *                            a file mixing decimal separators (recoverable)
     */
    public boolean next() {
        if (!next(records)) {
            if (!finished) {
                finished = true;
                TableFileException mixed = separators.mixed(name);
                if (mixed != null) {
                    throw mixed;
                }
            }
            return false;
        }
        if (records.fields != header.size()) {
            throw new TableFileException(name, records.line(), "", "expected " + header.size()
                    + " values as in the header, found " + records.fields
                    + (records.fields < header.size() ? " (truncated line?)" : ""), true);
        }
        return true;
    }

    /** The physical line where the current record starts (the header is line 1). */
    public long line() {
        return records.line();
    }

    /** The value as written (quotes removed, doubled quotes undone), untrimmed. */
    public String text(int field) {
        String raw = new String(records.buf, records.starts[field], records.ends[field] - records.starts[field],
                StandardCharsets.UTF_8);
        return records.escaped[field] ? raw.replace("\"\"", "\"") : raw;
    }

    /** True when the value is empty or only spaces and tabs. */
    public boolean isBlank(int field) {
        return start(field) == end(field);
    }

    /**
     * The value as a finite decimal ({@link Decimals}: a point or a comma), counted for the file's
     * decimal separator check.
     *
     * @throws TableFileException (recoverable) "not a number: '…'" naming the line and column
     */
    public double number(int field) {
        int from = start(field);
        int to = end(field);
        double value = Decimals.parse(records.buf, from, to);
        if (!Double.isFinite(value)) {
            throw problem(field, Decimals.problem(text(field)));
        }
        separators.add(Decimals.separator(records.buf, from, to), records.line(), columnName(field), this, field);
        return value;
    }

    /**
     * The value as a whole number (optional sign, at most 18 digits).
     *
     * @throws TableFileException (recoverable) "not a whole number: '…'" naming the line and column
     */
    public long wholeNumber(int field) {
        long value = Decimals.wholeNumber(records.buf, start(field), end(field));
        if (value == Decimals.NOT_WHOLE) {
            throw problem(field, "not a whole number: '" + TableFileException.shown(text(field).strip()) + "'");
        }
        return value;
    }

    /** The buffer holding the current record, for keys compared or copied as bytes (do not modify). */
    public byte[] bytes() {
        return records.buf;
    }

    /** Start of the value in {@link #bytes()}, spaces and tabs skipped. */
    public int start(int field) {
        int p = records.starts[field];
        int end = records.ends[field];
        while (p < end && (records.buf[p] == ' ' || records.buf[p] == '\t')) {
            p++;
        }
        return p;
    }

    /** End (exclusive) of the value in {@link #bytes()}, spaces and tabs skipped. */
    public int end(int field) {
        int p = records.ends[field];
        int start = records.starts[field];
        while (p > start && (records.buf[p - 1] == ' ' || records.buf[p - 1] == '\t')) {
            p--;
        }
        return p;
    }

    /** True when the value's bytes are its text (no doubled quote to undo). */
    public boolean verbatim(int field) {
        return !records.escaped[field];
    }

    /** A problem on the current line (recoverable: reading may go on), to throw or to record. */
    public TableFileException problem(String field, String message) {
        return new TableFileException(name, records.line(), field, message, true);
    }

    /** A problem on the current line in the column at {@code index}. */
    public TableFileException problem(int field, String message) {
        return problem(columnName(field), message);
    }

    /** The header name of a column index, or "column N" beyond the header. */
    public String columnName(int field) {
        return header != null && field < header.size() ? header.get(field) : "column " + (field + 1);
    }

    @Override
    public void close() {
        closeQuietly(in);
    }

    private boolean next(RecordScanner scanner) {
        try {
            return scanner.next();
        } catch (UncheckedIOException e) {
            throw new TableFileException(name, 0, "", "cannot read the file (" + e.getCause().getMessage() + ")",
                    false);
        }
    }

    private TableFileException problemAt(long line, int field, String message, boolean recoverable) {
        return new TableFileException(name, line, field < 0 ? "" : columnName(field), message, recoverable);
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // Read-only file: nothing to lose on a failed close.
        }
    }
}
