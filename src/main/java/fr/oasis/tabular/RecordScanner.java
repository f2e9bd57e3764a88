package fr.oasis.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * Splits a byte stream into records and fields in place, in one pass, without one object per
 * field: the fields of the current record are {@code [start(f), end(f))} ranges of a buffer
 * refilled as the file is read, so memory stays at one buffer (256 KiB, grown up to
 * {@link #MAX_RECORD_BYTES} for a long record) whatever the file's size. Handles a UTF-8 byte-order
 * mark, {@code \n} and {@code \r\n} line ends, blank lines (skipped), the three
 * {@link Dialect.Quoting} modes, and counts physical lines (a quoted field may span several).
 * Checks that each record is valid UTF-8 (a fast ASCII test first) and that no field is longer
 * than {@link #MAX_FIELD_BYTES}. Not thread-safe.
 */
final class RecordScanner {
    /** Longer than any value of the supported files by far; a longer one means a broken or hostile file. */
    static final int MAX_FIELD_BYTES = 64 * 1024;
    static final int MAX_RECORD_BYTES = 4 * 1024 * 1024;
    private static final int NEED_MORE = -1;

    private final InputStream in;
    private final byte delimiter;
    private final Dialect.Quoting quoting;
    private final Problem problem;
    byte[] buf = new byte[256 * 1024];
    private int limit;
    private int pos;
    private boolean eof;
    private boolean started;
    private long nextLine = 1;
    private long line;
    int[] starts = new int[16];
    int[] ends = new int[16];
    boolean[] escaped = new boolean[16];
    int fields;
    private int pendingField;
    private int pendingStart;
    private int nonAscii;
    private int innerLines;
    private boolean blank;

    /** Builds the exceptions of the scanner, which knows lines but not column names. */
    interface Problem {
        TableFileException at(long line, int field, String message, boolean recoverable);
    }

    RecordScanner(InputStream in, Dialect dialect, Problem problem) {
        this.in = in;
        this.delimiter = (byte) dialect.delimiter();
        this.quoting = dialect.quoting();
        this.problem = problem;
    }

    /** Physical line where the current record starts (the first line is 1). */
    long line() {
        return line;
    }

    /** Advances to the next non-blank record; false at the end of the input. */
    boolean next() {
        while (true) {
            if (pos >= limit && (eof || !fill())) {
                return false;
            }
            int end = split();
            if (end == NEED_MORE) {
                fill();
                continue;
            }
            line = nextLine;
            nextLine += innerLines + 1;
            int start = pos;
            pos = end;
            if (!blank) {
                if (nonAscii < 0 && !Utf8.valid(buf, start, end)) {
                    throw problem.at(line, -1, "file is not valid UTF-8 (save it as UTF-8)", false);
                }
                return true;
            }
        }
    }

    /**
     * Splits the record at {@code pos} in one pass (fields, line breaks inside quotes, a non-ASCII
     * byte); returns the index after it, or NEED_MORE when it runs past the buffer.
     */
    private int split() {
        byte[] b = buf;
        int lim = limit;
        byte d = delimiter;
        int p = pos;
        int n = 0;
        int or = 0;
        int inner = 0;
        boolean quotedFirst = false;
        while (true) {
            if (n == starts.length) {
                grow();
            }
            pendingField = n;
            pendingStart = p;
            int s;
            int e;
            boolean escape = false;
            boolean last;
            if (quoting == Dialect.Quoting.QUOTED && p < lim && b[p] == '"') {
                quotedFirst |= n == 0;
                int q = p + 1;
                while (true) {
                    if (q >= lim) {
                        if (!eof) {
                            return NEED_MORE;
                        }
                        throw problem.at(nextLine, n, "unterminated quoted field: malformed CSV or truncated file"
                                + " (a quote opened on this line is never closed)", false);
                    }
                    byte c = b[q];
                    if (c == '"') {
                        if (q + 1 >= lim && !eof) {
                            return NEED_MORE;
                        }
                        if (q + 1 < lim && b[q + 1] == '"') {
                            escape = true;
                            q += 2;
                            continue;
                        }
                        break;
                    }
                    inner += c == '\n' ? 1 : 0;
                    or |= c;
                    q++;
                }
                s = p + 1;
                e = q;
                p = q + 1;
                if (p < lim && b[p] == '\r' && p + 1 >= lim && !eof) {
                    return NEED_MORE;
                }
                p += p + 1 < lim && b[p] == '\r' && b[p + 1] == '\n' ? 1 : 0;
                if (p < lim && b[p] != d && b[p] != '\n') {
                    throw problem.at(nextLine, n, "unexpected character after a closing quote (malformed CSV)", false);
                }
                last = p >= lim || b[p] == '\n';
            } else {
                int q = p;
                if (quoting == Dialect.Quoting.REFUSED) {
                    for (byte c; q < lim && (c = b[q]) != d && c != '\n'; q++) {
                        if (c == '"') {
                            throw problem.at(nextLine, -1, "quoted fields are not part of this format", false);
                        }
                        or |= c;
                    }
                } else {
                    for (byte c; q < lim && (c = b[q]) != d && c != '\n'; q++) {
                        or |= c;
                    }
                }
                if (q >= lim && !eof) {
                    return NEED_MORE;
                }
                s = p;
                e = q;
                last = q >= lim || b[q] == '\n';
                if (last && e > s && b[e - 1] == '\r') {
                    e--;
                }
                p = q;
            }
            if (e - s > MAX_FIELD_BYTES) {
                throw tooLong(n);
            }
            starts[n] = s;
            ends[n] = e;
            escaped[n++] = escape;
            p = Math.min(p + 1, lim);
            if (last) {
                fields = n;
                nonAscii = or;
                innerLines = inner;
                blank = n == 1 && s == e && !quotedFirst;
                return p;
            }
        }
    }

    /** Moves the unfinished record to the front of the buffer (growing it if it fills it) and reads more. */
    private boolean fill() {
        if (!started) {
            started = true;
            read();
            boolean bom = limit >= 3 && (buf[0] & 0xFF) == 0xEF && (buf[1] & 0xFF) == 0xBB && (buf[2] & 0xFF) == 0xBF;
            pos = bom ? 3 : 0;
            return limit > pos || !eof;
        }
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            pendingStart -= pos;
            limit -= pos;
            pos = 0;
        } else if (limit == buf.length) {
            if (limit - pendingStart > MAX_FIELD_BYTES) {
                throw tooLong(pendingField);
            }
            if (buf.length >= MAX_RECORD_BYTES) {
                throw problem.at(nextLine, -1, "line longer than " + MAX_RECORD_BYTES + " bytes: not a table of"
                        + " this kind, or a broken file", false);
            }
            buf = Arrays.copyOf(buf, Math.min(buf.length * 2, MAX_RECORD_BYTES));
        }
        read();
        return limit > pos;
    }

    private void read() {
        try {
            int n = in.read(buf, limit, buf.length - limit);
            if (n < 0) {
                eof = true;
            } else {
                limit += n;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private TableFileException tooLong(int field) {
        return problem.at(nextLine, field, "value longer than " + MAX_FIELD_BYTES + " bytes: refused (a broken or"
                + " hostile file; no value of the supported files comes near)", false);
    }

    private void grow() {
        starts = Arrays.copyOf(starts, starts.length * 2);
        ends = Arrays.copyOf(ends, ends.length * 2);
        escaped = Arrays.copyOf(escaped, escaped.length * 2);
    }
}
