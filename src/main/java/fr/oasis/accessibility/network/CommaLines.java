package fr.oasis.accessibility.network;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain comma-separated file with a header line, read whole and split in place: Travel Mapping
 * graph files have no quoting, and a general CSV parser cost several times the whole routing
 * preparation on the Grand Est graph (90,000 lines). A double quote is therefore refused, not
 * interpreted. Handles a UTF-8 byte-order mark, {@code \n} or {@code \r\n} line ends, blank lines
 * (skipped) and spaces around fields. Every error is a {@link NetworkFileException} naming the
 * file, the line (header = 1) and the column. Not thread-safe.
 */
final class CommaLines {

    private final String name;
    private final byte[] data;
    private final List<String> header = new ArrayList<>();
    private int position;
    private int line;
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private int fields;

    private CommaLines(String name, byte[] data) {
        this.name = name;
        this.data = data;
        boolean bom = data.length >= 3 && (data[0] & 0xFF) == 0xEF && (data[1] & 0xFF) == 0xBB
                && (data[2] & 0xFF) == 0xBF;
        position = bom ? 3 : 0;
    }

    /** Opens a file, reads its header and checks that the {@code required} columns are there. */
    static CommaLines open(Path file, String... required) {
        String name = file.getFileName().toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new NetworkFileException(name, 0, "", "cannot read the file (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + ")");
        }
        CommaLines lines = new CommaLines(name, bytes);
        if (!lines.next()) {
            throw new NetworkFileException(name, 0, "", "empty file, expected a header line");
        }
        for (int f = 0; f < lines.fields; f++) {
            lines.header.add(lines.text(f));
        }
        for (String column : required) {
            if (!lines.header.contains(column)) {
                throw new NetworkFileException(name, 1, column, "missing column (header is "
                        + String.join(",", lines.header) + ")");
            }
        }
        return lines;
    }

    String name() {
        return name;
    }

    int line() {
        return line;
    }

    int column(String column) {
        return header.indexOf(column);
    }

    /** Advances to the next non-blank line; false at the end. Checks its field count against the header. */
    boolean next() {
        while (position < data.length) {
            int start = position;
            int end = start;
            while (end < data.length && data[end] != '\n') {
                end++;
            }
            position = end + 1;
            line++;
            if (end > start && data[end - 1] == '\r') {
                end--;
            }
            if (end > start) {
                split(start, end);
                if (!header.isEmpty() && fields != header.size()) {
                    throw problem("", "expected " + header.size() + " fields as in the header, found " + fields);
                }
                return true;
            }
        }
        return false;
    }

    private void split(int start, int end) {
        fields = 0;
        int from = start;
        for (int p = start; p <= end; p++) {
            if (p < end && data[p] == '"') {
                throw problem("", "quoted fields are not part of this format");
            }
            if (p == end || data[p] == ',') {
                if (fields == starts.length) {
                    starts = java.util.Arrays.copyOf(starts, fields * 2);
                    ends = java.util.Arrays.copyOf(ends, fields * 2);
                }
                int a = from;
                int b = p;
                while (a < b && data[a] == ' ') {
                    a++;
                }
                while (b > a && data[b - 1] == ' ') {
                    b--;
                }
                starts[fields] = a;
                ends[fields++] = b;
                from = p + 1;
            }
        }
    }

    String text(int field) {
        return new String(data, starts[field], ends[field] - starts[field], StandardCharsets.UTF_8);
    }

    /** A finite decimal number. */
    double number(int field) {
        String text = text(field);
        try {
            double value = Double.parseDouble(text);
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw problem(header.get(field), "not a finite number: '" + text + "'");
    }

    /** A whole number (optional sign, digits only). */
    long wholeNumber(int field) {
        int p = starts[field];
        int end = ends[field];
        boolean negative = p < end && data[p] == '-';
        p += negative ? 1 : 0;
        long value = 0;
        boolean digits = p < end && end - p <= 18;
        for (; p < end && digits; p++) {
            int d = data[p] - '0';
            digits = d >= 0 && d <= 9;
            value = value * 10 + d;
        }
        if (!digits) {
            throw problem(header.get(field), "not a whole number: '" + text(field) + "'");
        }
        return negative ? -value : value;
    }

    NetworkFileException problem(String column, String message) {
        return new NetworkFileException(name, line, column, message);
    }
}
