package dev.modelyard.data.io;

import dev.modelyard.core.error.ModelyardException;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits delimited text into rows and fields and hands each field to its {@link CsvColumn}. The dialect is
 * fixed: one header line, the given delimiter, double quotes (a doubled quote inside quotes is a quote), and
 * "\n" or "\r\n" line ends; quoted fields may span lines. Fields are trimmed of whitespace; blank lines are
 * skipped; a UTF-8 byte-order mark is dropped. A row with another number of fields than the header, a quote
 * left open at the end of the file, or text after a closing quote is an error naming the line.
 */
final class CsvRows implements Closeable {
    private final Path file;
    private final InputStream in;
    private final byte delim;
    private byte[] buf;
    private int pos;
    private int len;
    private boolean eof;
    private long totalBytes;
    /** The file line on which the next row starts. */
    private long line = 1;
    /** Whether some row did not take exactly one line (a blank line skipped, a quoted line break, a blank line before the header). */
    private boolean irregular;
    /** The scanned row: field bounds (before trimming) and whether each was quoted with doubled quotes inside. */
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private boolean[] escaped = new boolean[64];
    /** Per field: its value when it is a plain unsigned integer of at most 18 digits with no padding, else -1. */
    private long[] plains = new long[64];
    private int fields;
    private boolean firstQuoted;
    /** Where the last scanned row's fields start in the field arrays. */
    private int rowAt;
    private int rowLines;
    private byte[] scratch = new byte[256];

    /** Rows of {@code in}, the content of {@code file} (named in errors); {@code bufferSize} is where the buffer starts (it grows for longer rows). */
    CsvRows(Path file, InputStream in, byte delim, int bufferSize) {
        this.file = file;
        this.in = in;
        this.delim = delim;
        this.buf = new byte[Math.max(16, bufferSize)];
    }

    /** The header's names, trimmed; an error when the file has no bytes or no header. */
    List<String> header() throws IOException {
        fill();
        if (len >= 3 && (buf[0] & 0xff) == 0xEF && (buf[1] & 0xff) == 0xBB && (buf[2] & 0xff) == 0xBF) {
            pos = 3;
        }
        while (true) {
            if (pos >= len && eof) {
                throw ModelyardException.invalid("file " + file + (totalBytes == 0 ? " is empty" : " has no header line"));
            }
            int next = pos < len ? scan(pos, Integer.MAX_VALUE, 0) : -1;
            if (next < 0) {
                fill();
                continue;
            }
            boolean blank = isBlank();
            List<String> names = new ArrayList<>(fields);
            for (int f = 0; f < fields; f++) {
                long bounds = cell(f);
                byte[] src = cellBytes(f);
                int from = (int) (bounds >>> 32);
                names.add(new String(src, from, (int) bounds - from, StandardCharsets.UTF_8).strip());
            }
            pos = next;
            line += rowLines;
            irregular |= blank || rowLines > 1;
            if (!blank) {
                return names;
            }
        }
    }

    /** True when row numbers no longer give line numbers (row r is on line r + 2 only while this is false). */
    boolean irregularLines() {
        return irregular;
    }

    /**
     * The file's data rows as estimated from the rows already buffered and the size of the whole text (a
     * little over, so that one block per column usually holds them all); 0 when nothing is known.
     */
    int estimateRows(long textBytes) throws IOException {
        if (len - pos < (1 << 16) && !eof) {
            fill();
        }
        int lines = 0;
        for (int i = pos; i < len; i++) {
            lines += buf[i] == '\n' ? 1 : 0;
        }
        if (lines == 0 || textBytes <= 0) {
            return 0;
        }
        double rows = (double) textBytes * lines / (len - pos) * 1.02 + 64;
        return (int) Math.min(rows, 1 << 24);
    }

    /**
     * Reads every data row into {@code columns}; returns the row count. Rows are scanned into a batch of field
     * bounds, then handed over column by column: each column's arrays are then written in order rather than
     * one value in each of many arrays per row, which on wide files was most of the time (cache and TLB misses).
     */
    int readAll(CsvColumn[] columns) throws IOException {
        int n = columns.length;
        int batch = Math.max(1, Math.min(1024, (1 << 13) / n));
        ensureFields(batch * n);
        int row = 0;
        int staged = 0;
        while (true) {
            if (pos >= len) {
                if (eof) {
                    break;
                }
                row = commit(columns, row, staged);
                staged = 0;
                fill();
                continue;
            }
            int next = scan(pos, n, staged * n);
            if (next < 0) {
                row = commit(columns, row, staged);
                staged = 0;
                fill();
                continue;
            }
            if (isBlank()) {
                pos = next;
                line += rowLines;
                irregular = true;
                continue;
            }
            if (fields != n) {
                throw ragged(n, next);
            }
            irregular |= rowLines > 1;
            if (row + staged == Integer.MAX_VALUE) {
                throw ModelyardException.invalid("file " + file + " has more rows than a frame holds (" + Integer.MAX_VALUE + ")");
            }
            staged++;
            pos = next;
            line += rowLines;
            if (staged == batch) {
                row = commit(columns, row, staged);
                staged = 0;
            }
        }
        return commit(columns, row, staged);
    }

    /** Hands the {@code staged} scanned rows to the columns, one column at a time; returns the next row number. */
    private int commit(CsvColumn[] columns, int firstRow, int staged) {
        int n = columns.length;
        for (int f = 0; f < n; f++) {
            CsvColumn column = columns[f];
            for (int r = 0, k = f; r < staged; r++, k += n) {
                if (plains[k] >= 0) {
                    column.acceptDigits(buf, starts[k], ends[k], plains[k], firstRow + r);
                } else {
                    long bounds = cell(k);
                    byte[] src = cellBytes(k);
                    column.accept(src, (int) (bounds >>> 32), (int) bounds, firstRow + r);
                }
            }
        }
        return firstRow + staged;
    }

    /**
     * Scans one row from {@code p}: records up to {@code keep} fields' bounds from index {@code at}, counts all of them, and returns
     * where the next row starts, or -1 when the buffer ends first and more input may follow.
     */
    private int scan(int p, int keep, int at) {
        rowAt = at;
        byte[] b = buf;
        int limit = len;
        byte d = delim;
        int f = 0;
        int newlines = 0;
        while (true) {
            int s = p;
            while (p < limit && b[p] != d && isSpace(b[p])) {
                p++;
            }
            int fieldStart;
            int fieldEnd;
            long plain = -1;
            boolean esc = false;
            if (p < limit && b[p] == '"') {
                fieldStart = ++p;
                while (true) {
                    if (p >= limit) {
                        if (eof) {
                            throw ModelyardException.invalid("file " + file + ", line " + line
                                    + ": a quoted field is still open at the end of the file");
                        }
                        return -1;
                    }
                    byte c = b[p];
                    if (c == '"') {
                        if (p + 1 >= limit && !eof) {
                            return -1; // cannot tell a closing quote from a doubled one yet
                        }
                        if (p + 1 < limit && b[p + 1] == '"') {
                            esc = true;
                            p += 2;
                            continue;
                        }
                        break;
                    }
                    if (c == '\n') {
                        newlines++;
                    }
                    p++;
                }
                fieldEnd = p++;
                while (p < limit && b[p] != d && isSpace(b[p])) {
                    p++;
                }
                if (p < limit && b[p] != d && b[p] != '\n') {
                    throw ModelyardException.invalid("file " + file + ", line " + (line + newlines) + ", field " + (f + 1)
                            + ": unexpected text after a closing quote (a quote inside a quoted field is written as \"\")");
                }
                if (p >= limit && !eof) {
                    return -1;
                }
            } else {
                // Unquoted: find the end, and read the value on the way in case it is a plain integer.
                p = s;
                long v = 0;
                boolean digits = true;
                while (p < limit) {
                    byte c = b[p];
                    if (c == d || c == '\n') {
                        break;
                    }
                    int digit = c - '0';
                    if (digit < 0 || digit > 9) {
                        digits = false;
                    }
                    v = v * 10 + digit;
                    p++;
                }
                if (p >= limit && !eof) {
                    return -1;
                }
                fieldStart = s;
                fieldEnd = p;
                plain = digits && p > s && p - s <= 18 ? v : -1;
            }
            if (f < keep) {
                record(at + f, fieldStart, fieldEnd, esc, plain);
            }
            if (f == 0) {
                firstQuoted = fieldStart != s;
            }
            f++;
            if (p >= limit) {
                break; // the last line has no line end
            }
            if (b[p++] == '\n') {
                break;
            }
        }
        fields = f;
        rowLines = 1 + newlines;
        return p;
    }

    private void record(int f, int start, int end, boolean esc, long plain) {
        if (f == starts.length) {
            ensureFields(f * 2);
        }
        starts[f] = start;
        ends[f] = end;
        escaped[f] = esc;
        plains[f] = plain;
    }

    private void ensureFields(int size) {
        if (size > starts.length) {
            starts = Arrays.copyOf(starts, size);
            ends = Arrays.copyOf(ends, size);
            escaped = Arrays.copyOf(escaped, size);
            plains = Arrays.copyOf(plains, size);
        }
    }

    /** A row with one empty, unquoted field: a blank line. */
    private boolean isBlank() {
        if (fields != 1 || firstQuoted) {
            return false; // "" is an empty value, not a blank line
        }
        for (int i = starts[rowAt]; i < ends[rowAt]; i++) {
            if (!isSpace(buf[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * The trimmed bounds of recorded field {@code f} in {@link #cellBytes} as {@code from << 32 | to}, unescaping
     * doubled quotes into the scratch buffer first.
     */
    private long cell(int f) {
        int s = starts[f];
        int e = ends[f];
        byte[] src = buf;
        if (escaped[f]) {
            if (scratch.length < e - s) {
                scratch = new byte[Math.max(e - s, scratch.length * 2)];
            }
            int n = 0;
            for (int i = s; i < e; i++) {
                scratch[n++] = buf[i];
                if (buf[i] == '"') {
                    i++; // the second of a doubled quote
                }
            }
            s = 0;
            e = n;
            src = scratch;
        }
        while (s < e && isSpace(src[s])) {
            s++;
        }
        while (e > s && isSpace(src[e - 1])) {
            e--;
        }
        return (long) s << 32 | e;
    }

    private byte[] cellBytes(int f) {
        return escaped[f] ? scratch : buf;
    }

    /** Whitespace that trimming removes (as {@link String#strip} does for these bytes); never the delimiter. */
    private boolean isSpace(byte c) {
        return (c & 0xff) <= ' ' && c != delim && (c == ' ' || c == '\t' || c == '\r' || c == 0x0B || c == 0x0C);
    }

    private ModelyardException ragged(int expected, int next) {
        int end = next;
        while (end > pos && (buf[end - 1] == '\n' || buf[end - 1] == '\r')) {
            end--;
        }
        String text = new String(buf, pos, Math.min(end - pos, 200), StandardCharsets.UTF_8);
        return ModelyardException.invalid("file " + file + ", line " + line + ": expected " + expected
                + " fields (as in the header) but found " + fields + ": " + abbreviate(text));
    }

    static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }

    /** Keeps the unread bytes, reads more (growing the buffer when one row fills it) and notes the end of input. */
    private void fill() throws IOException {
        if (eof) {
            return;
        }
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, len - pos);
            len -= pos;
            pos = 0;
        }
        if (len == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        int r = in.read(buf, len, buf.length - len);
        if (r < 0) {
            eof = true;
        } else {
            len += r;
            totalBytes += r;
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
