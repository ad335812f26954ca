package dev.modelyard.data.io;

import dev.modelyard.core.error.ModelyardException;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Splits delimited text into rows and fields, which a {@link CsvCommitter} hands to their {@link CsvColumn}s. The dialect is
 * fixed: one header line, the given delimiter, double quotes (a doubled quote inside quotes is a quote), and
 * "\n" or "\r\n" line ends; quoted fields may span lines. Fields are trimmed of whitespace; blank lines are
 * skipped; a UTF-8 byte-order mark is dropped. A row with another number of fields than the header, a quote
 * left open at the end of the file, or text after a closing quote is an error naming the line.
 */
final class CsvRows implements Closeable {
    /** Batches in flight between the scanner and the committer, and buffers in the ring. */
    private static final int BATCHES = 4;
    private static final int BUFFERS = 4;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long NEWLINES = ONES * '\n';
    private final Path file;
    private final InputStream in;
    private final byte delim;
    /** The delimiter in every byte of a long, for finding it eight bytes at a time. */
    private final long delims;
    private byte[] buf;
    private int pos;
    private int len;
    private boolean eof;
    private long totalBytes;
    /** The file line on which the next row starts. */
    private long line = 1;
    /** Whether some row did not take exactly one line (a blank line skipped, a quoted line break, a blank line before the header). */
    private boolean irregular;
    /** Where scanned fields go: the header's own arrays, then each batch's (see {@link CsvBatch}). */
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private long[] plains = new long[64];
    /** True while the header is scanned: every field's end is kept, plain integers' too. */
    private boolean keepAllBounds = true;
    private int fields;
    private boolean firstQuoted;
    /** Where the last scanned row's first field is in the field arrays. */
    private int rowAt;
    private int rowLines;
    private final FieldText headerText;
    /** While {@link #readAll} runs: buffers the committer has finished with, and how many buffers exist. */
    private BlockingQueue<byte[]> freeBuffers;
    private int buffers;

    /**
     * Rows of {@code in}, the content of {@code file} (named in errors); {@code bufferSize} is where the buffer
     * starts (it grows for longer rows).
     */
    CsvRows(Path file, InputStream in, byte delim, int bufferSize) {
        this.file = file;
        this.in = in;
        this.delim = delim;
        this.delims = ONES * (delim & 0xff);
        this.buf = new byte[Math.max(16, bufferSize)];
        this.headerText = new FieldText(delim);
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
            int next = pos < len ? scan(pos, Integer.MAX_VALUE, 0, 1) : -1;
            if (next < 0) {
                fill();
                continue;
            }
            boolean blank = isBlank();
            List<String> names = new ArrayList<>(fields);
            for (int f = 0; f < fields; f++) {
                boolean esc = plains[f] == CsvBatch.ESCAPED;
                long bounds = headerText.bounds(buf, starts[f], ends[f], esc);
                int from = (int) (bounds >>> 32);
                names.add(new String(headerText.source(buf, esc), from, (int) bounds - from, StandardCharsets.UTF_8).strip());
            }
            pos = next;
            line += rowLines;
            irregular |= blank || rowLines > 1;
            if (!blank) {
                keepAllBounds = false;
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
     * Reads every data row into {@code columns}; returns the row count. This thread scans rows into batches of
     * field bounds while a {@link CsvCommitter} hands earlier batches to the columns. A batch's buffer is not
     * reused until the committer is done with it: when the scanner needs more input it moves to another buffer
     * of a small ring, carrying the unfinished row over.
     */
    int readAll(CsvColumn[] columns) throws IOException {
        int n = columns.length;
        int batchRows = Math.max(1, Math.min(4096, (1 << 15) / Math.max(1, n)));
        BlockingQueue<CsvBatch> filled = new ArrayBlockingQueue<>(BATCHES + 1);
        BlockingQueue<CsvBatch> free = new ArrayBlockingQueue<>(BATCHES);
        for (int i = 0; i < BATCHES; i++) {
            free.add(new CsvBatch(batchRows * n));
        }
        freeBuffers = new ArrayBlockingQueue<>(BUFFERS);
        buffers = 1;
        CsvCommitter committer = new CsvCommitter(columns, delim, filled, free, freeBuffers);
        Thread worker = Thread.ofPlatform().daemon().name("modelyard-csv-columns").start(committer);
        boolean done = false;
        try {
            int row = 0;
            CsvBatch batch = start(free.take(), row);
            while (true) {
                if (pos >= len && eof) {
                    break;
                }
                int next = pos < len ? scan(pos, n, batch.rows, batchRows) : -1;
                if (next < 0) {
                    failIfCommitterFailed(committer);
                    batch = moveToNextBuffer(batch, filled, free.take());
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
                if (row == Integer.MAX_VALUE) {
                    throw ModelyardException.invalid("file " + file + " has more rows than a frame holds (" + Integer.MAX_VALUE + ")");
                }
                irregular |= rowLines > 1;
                batch.rows++;
                row++;
                pos = next;
                line += rowLines;
                if (batch.rows == batchRows) {
                    filled.put(batch);
                    batch = start(free.take(), row);
                }
            }
            filled.put(batch);
            filled.put(CsvBatch.END);
            done = true;
            worker.join();
            failIfCommitterFailed(committer);
            return row;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading " + file);
        } finally {
            if (!done) {
                worker.interrupt();
            }
            freeBuffers = null;
        }
    }

    /** Points the scanner's field arrays at {@code batch}, which starts at {@code row} in the current buffer. */
    private CsvBatch start(CsvBatch batch, int row) {
        batch.buf = buf;
        batch.firstRow = row;
        batch.rows = 0;
        starts = batch.starts;
        ends = batch.ends;
        plains = batch.plains;
        return batch;
    }

    /**
     * Hands over the batch (and with it the current buffer), then continues in another buffer holding the
     * unfinished row and more input; returns the new, empty batch.
     */
    private CsvBatch moveToNextBuffer(CsvBatch batch, BlockingQueue<CsvBatch> filled, CsvBatch fresh) throws IOException, InterruptedException {
        int carry = len - pos;
        int need = carry == buf.length ? buf.length * 2 : buf.length;
        byte[] next = freeBuffers.poll();
        if (next == null && buffers < BUFFERS) {
            buffers++;
            next = new byte[need];
        } else if (next == null) {
            next = freeBuffers.take();
        }
        if (next.length < need) {
            next = new byte[need];
        }
        System.arraycopy(buf, pos, next, 0, carry);
        batch.release = buf;
        filled.put(batch);
        buf = next;
        len = carry;
        pos = 0;
        read();
        return start(fresh, batch.firstRow + batch.rows);
    }

    private static void failIfCommitterFailed(CsvCommitter committer) {
        Throwable t = committer.failure();
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
    }

    /**
     * Scans one row from {@code p}: records up to {@code keep} fields' bounds (field f at index {@code at + f * stride}:
     * a batch is column-major, so the committer reads each column's fields in a row), counts all of them, and returns
     * where the next row starts, or -1 when the buffer ends first and more input may follow.
     */
    private int scan(int p, int keep, int at, int stride) {
        rowAt = at;
        byte[] b = buf;
        int limit = len;
        byte d = delim;
        int f = 0;
        int newlines = 0;
        firstQuoted = false;
        while (true) {
            int s = p;
            int fieldStart;
            int fieldEnd;
            long plain = -1;
            boolean esc = false;
            if (p + 8 <= limit && f + 4 <= keep) {
                // Four single-digit fields in a row ("0,1,0,0,"): one-hot and binary columns, pixel rows.
                long w = (long) LONGS.get(b, p);
                long odd = w & 0xFF00FF00FF00FF00L;
                long even = w & 0x00FF00FF00FF00FFL;
                if (odd == (delims & 0xFF00FF00FF00FF00L) && (even & 0x00F000F000F000F0L) == 0x0030003000300030L
                        && ((even + 0x0006000600060006L) & 0x00F000F000F000F0L) == 0x0030003000300030L) {
                    for (int k = 0; k < 4; k++) {
                        record(at + (f + k) * stride, p + 2 * k, p + 2 * k + 1, false, ((even >>> (16 * k)) & 0xFF) - '0');
                    }
                    f += 4;
                    p += 8;
                    continue;
                }
            }
            if (p + 8 <= limit && b[p] != '"' && (b[p] & 0xff) > ' ') {
                // The common field: unquoted, no leading space. A single digit (flags, codes, counts: most
                // fields of wide numeric files) is taken as it is; otherwise its end and, for up to seven digits,
                // its value come from one eight-byte word with no loop (a loop's varying trip count mispredicts).
                byte c = b[p];
                byte next = b[p + 1];
                long w = (long) LONGS.get(b, p);
                long stops = zeroBytes(w ^ delims) | zeroBytes(w ^ NEWLINES);
                if ((next == d || next == '\n') && c >= '0' && c <= '9') {
                    p++;
                    plain = c - '0';
                } else if (stops != 0) {
                    int n = Long.numberOfTrailingZeros(stops) >>> 3;
                    p += n;
                    if (n > 0 && allDigits(w, n)) {
                        plain = digitsValue(w, n);
                    }
                } else {
                    p = endOfLongField(b, p + 8, limit, d);
                    if (p >= limit && !eof) {
                        return -1;
                    }
                    plain = plainValue(b, s, p);
                }
                if (f < keep) {
                    record(at + f * stride, s, p, false, plain);
                }
                f++;
                if (p >= limit) {
                    break; // the last line has no line end
                }
                if (b[p++] == '\n') {
                    break;
                }
                continue;
            }
            while (p < limit && b[p] != d && FieldText.isSpace(b[p], d)) {
                p++;
            }
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
                while (p < limit && b[p] != d && FieldText.isSpace(b[p], d)) {
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
                // Unquoted, after leading space or near the end of the buffer.
                p = endOfLongField(b, s, limit, d);
                if (p >= limit && !eof) {
                    return -1;
                }
                fieldStart = s;
                fieldEnd = p;
                plain = plainValue(b, s, p);
            }
            if (f < keep) {
                record(at + f * stride, fieldStart, fieldEnd, esc, plain);
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

    /** Records a field; a plain integer's end is not stored (its digits end it), which saves a store on numeric files. */
    private void record(int f, int start, int end, boolean esc, long plain) {
        if (f == starts.length) {
            ensureFields(f * 2);
        }
        starts[f] = start;
        if (plain < 0 || keepAllBounds) {
            ends[f] = end;
        }
        plains[f] = plain >= 0 ? plain : esc ? CsvBatch.ESCAPED : CsvBatch.TEXT;
    }

    /** Where an unquoted field from {@code p} ends (at a delimiter, a line end or {@code limit}), eight bytes at a step. */
    private int endOfLongField(byte[] b, int p, int limit, byte d) {
        while (p + 8 <= limit) {
            long w = (long) LONGS.get(b, p);
            long stops = zeroBytes(w ^ delims) | zeroBytes(w ^ NEWLINES);
            if (stops != 0) {
                return p + (Long.numberOfTrailingZeros(stops) >>> 3);
            }
            p += 8;
        }
        while (p < limit && b[p] != d && b[p] != '\n') {
            p++;
        }
        return p;
    }

    /** The value of {@code b[s, e)} when it is 1 to 18 digits and nothing else, else -1. */
    private static long plainValue(byte[] b, int s, int e) {
        if (e <= s || e - s > 18) {
            return -1;
        }
        long v = 0;
        for (int i = s; i < e; i++) {
            int digit = b[i] - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            v = v * 10 + digit;
        }
        return v;
    }

    /** Whether the low {@code n} (1 to 7) bytes of {@code w} are all ASCII digits. */
    private static boolean allDigits(long w, int n) {
        long m = -1L >>> (64 - 8 * n);
        long zeros = 0x3030303030303030L & m;
        return (w & 0xF0F0F0F0F0F0F0F0L & m) == zeros && ((w + 0x0606060606060606L) & 0xF0F0F0F0F0F0F0F0L & m) == zeros;
    }

    /** The number written by the low {@code n} (1 to 7) digit bytes of {@code w}, first byte most significant. */
    private static long digitsValue(long w, int n) {
        int shift = 8 * (8 - n);
        long v = (w << shift | 0x3030303030303030L >>> (64 - shift)) - 0x3030303030303030L;
        v = v * 10 + (v >>> 8);
        return ((v & 0x000000FF000000FFL) * (100 + (1000000L << 32)) + ((v >>> 16) & 0x000000FF000000FFL) * (1 + (10000L << 32))) >>> 32;
    }

    /** A high bit set in each byte of {@code x} that is zero (the lowest one exact; higher ones may be false). */
    private static long zeroBytes(long x) {
        return (x - ONES) & ~x & 0x8080808080808080L;
    }

    private void ensureFields(int size) {
        if (size > starts.length) {
            starts = Arrays.copyOf(starts, size);
            ends = Arrays.copyOf(ends, size);
            plains = Arrays.copyOf(plains, size);
        }
    }

    /** A row with one empty, unquoted field: a blank line. */
    private boolean isBlank() {
        if (fields != 1 || firstQuoted) {
            return false; // "" is an empty value, not a blank line
        }
        for (int i = starts[rowAt]; i < ends[rowAt]; i++) {
            if (!FieldText.isSpace(buf[i], delim)) {
                return false;
            }
        }
        return true;
    }

    private ModelyardException ragged(int expected, int next) {
        int end = next;
        while (end > pos && (buf[end - 1] == '\n' || buf[end - 1] == '\r')) {
            end--;
        }
        String text = new String(buf, pos, Math.min(end - pos, 200), StandardCharsets.UTF_8);
        return ModelyardException.invalid("file " + file + ", line " + line + ": expected " + expected
                + " fields (as in the header) but found " + fields + ": " + abbreviate(text.replaceAll("\\p{Cntrl}", "?")));
    }

    private static String abbreviate(String s) {
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
        read();
    }

    /** Reads once into the free end of the buffer. */
    private void read() throws IOException {
        if (eof) {
            return;
        }
        int r = in.read(buf, len, buf.length - len);
        if (r < 0) {
            eof = true;
            if (len < buf.length) {
                buf[len] = '\n'; // ends a last, unterminated field for anyone finding its end by its digits
            }
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
