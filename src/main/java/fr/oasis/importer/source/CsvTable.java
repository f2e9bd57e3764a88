package fr.oasis.importer.source;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A UTF-8 CSV file with a header line, read record by record with commons-csv, with the checks
 * every CSV reader needs: required columns (all missing ones listed at once), a value count per
 * line equal to the header's (a shorter line usually means a truncated file), strict UTF-8.
 * <p>
 * Line numbers are record numbers with the first line as line 1 (the header, or the first title
 * line of an export that has some); they equal physical line numbers
 * unless a quoted value spans lines, which none of the supported INSEE files do.
 * <p>
 * Not thread-safe; streams the file, so memory does not grow with its size.
 */
final class CsvTable implements AutoCloseable {
    private final Problems problems;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<List<String>> titleLines = new ArrayList<>();
    private final List<String> header;
    private final Map<String, Integer> columns = new HashMap<>();

    private CsvTable(Problems problems, CSVParser parser, int titleCount) {
        this.problems = problems;
        this.parser = parser;
        this.records = parser.iterator();
        for (int i = 0; i < titleCount; i++) {
            if (!hasNext()) {
                close();
                throw problems.fatal("line " + (i + 1), "", "expected " + titleCount + " title lines before the header,"
                        + " found " + i);
            }
            titleLines.add(records.next().toList());
        }
        if (!hasNext()) {
            close();
            throw problems.fatal("line " + (titleCount + 1), "", "no header line");
        }
        List<String> names = new ArrayList<>();
        for (String name : records.next()) {
            // An INSEE download opened and saved by a spreadsheet often gains a BOM.
            names.add(name.replace("\uFEFF", "").strip());
        }
        this.header = List.copyOf(names);
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(header.get(i), i);
        }
    }

    /** Opens the file; the header line is read at once. */
    static CsvTable open(Path file, char delimiter, Problems problems) {
        return open(file, delimiter, '"', problems);
    }

    /**
     * Opens a file whose values are quoted with {@code quote}, or never quoted when it is null:
     * the Annuaire Santé extracts are pipe-separated without quoting, and a name starting with a
     * quote mark must stay a plain character there.
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
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setQuote(quote)
                .setIgnoreSurroundingSpaces(false).get();
        try {
            // newBufferedReader decodes strictly: invalid UTF-8 raises instead of producing U+FFFD.
            Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
            return new CsvTable(problems, format.parse(reader), titleCount);
        } catch (IOException e) {
            throw problems.fatal("", "", "cannot read file: " + e.getMessage());
        }
    }

    /** The values of the title lines read before the header (empty unless opened with some). */
    List<List<String>> titleLines() {
        return titleLines;
    }

    /** Where the header is, e.g. "line 3" after two title lines. */
    String headerLocation() {
        return "line " + (titleLines.size() + 1);
    }

    List<String> header() {
        return header;
    }

    boolean hasColumn(String name) {
        return columns.containsKey(name);
    }

    /** Fails, listing every missing column, unless all {@code required} columns are in the header. */
    void require(Collection<String> required) {
        List<String> missing = required.stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            close();
            throw problems.fatal(headerLocation(), String.join(", ", missing),
                    "missing column(s) " + missing + "; header has " + header);
        }
    }

    /** Calls {@code action} for every data line with the expected number of values. */
    void forEachRow(Consumer<Row> action) {
        while (hasNext()) {
            CSVRecord rec = records.next();
            long line = rec.getRecordNumber();
            if (rec.size() == 1 && rec.get(0).isEmpty()) {
                continue; // blank line, typically a trailing newline
            }
            if (rec.size() != header.size()) {
                problems.error("line " + line, "", "expected " + header.size() + " values as in the header, found "
                        + rec.size() + (rec.size() < header.size() ? " (truncated line?)" : ""));
                continue;
            }
            action.accept(new Row(line, rec));
        }
    }

    private boolean hasNext() {
        try {
            return records.hasNext();
        } catch (UncheckedIOException e) {
            String why = e.getCause() instanceof CharacterCodingException ? "file is not valid UTF-8"
                    : "malformed CSV (unterminated quote or truncated file): " + e.getCause().getMessage();
            close();
            throw problems.fatal("line " + (parser.getRecordNumber() + 1), "", why);
        }
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            // Read-only file: nothing to lose on a failed close.
        }
    }

    /** One data line. */
    final class Row {
        private final long line;
        private final CSVRecord rec;

        private Row(long line, CSVRecord rec) {
            this.line = line;
            this.rec = rec;
        }

        long line() {
            return line;
        }

        String location() {
            return "line " + line;
        }

        /** The raw value of a column known to exist (checked by {@link #require}). */
        String raw(String column) {
            return rec.get(columns.get(column));
        }

        String required(String column) {
            return problems.requiredText(location(), column, raw(column));
        }

        String optional(String column) {
            return problems.optionalText(location(), column, raw(column));
        }
    }
}
