package dev.modelyard.data.io;

import dev.modelyard.core.error.ErrorCode;
import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.core.frame.Column;
import dev.modelyard.core.frame.ColumnType;
import dev.modelyard.core.frame.Frame;
import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Reads CSV and TSV (plain or gzip) into a {@link Frame} in one pass over the bytes: numbers are parsed where
 * they lie, text is dictionary-encoded as bytes and decoded once per distinct value, and types are inferred
 * as {@link StringSink} infers them. Gzip is inflated on a second thread while the first parses. A column
 * that turns out to be text after numbers is read again as text in a second pass over the file (rare: most
 * text columns show it in their first cell).
 */
final class CsvReader {
    /** The read buffer: large enough that refills are rare, small enough to stay in cache. */
    static final int BUFFER = 1 << 20;
    /** Frames with at least this many cells finish their columns on two threads. */
    private static final long PARALLEL_FINISH_CELLS = 1 << 21;

    private CsvReader() {}

    static Frame read(Path file, FileFormat format, ReadOptions options) {
        return read(file, format, options, BUFFER);
    }

    /** As {@link #read(Path, FileFormat, ReadOptions)} with another initial buffer size (tests use tiny ones to cut rows anywhere). */
    static Frame read(Path file, FileFormat format, ReadOptions options, int bufferSize) {
        byte delim = (byte) (format == FileFormat.TSV ? '\t' : ',');
        MissingMarkers missing = MissingMarkers.of(options.missing());
        NumberBytes number = new NumberBytes();
        try {
            CsvColumn[] columns;
            int rows;
            boolean irregular;
            try (CsvRows in = new CsvRows(file, TextInput.open(file), delim, bufferSize)) {
                List<String> names = uniqueNames(in.header());
                DataReader.checkOverrides(names, options.types());
                // The first blocks are sized from an estimate (which a damaged gzip trailer could inflate): at most an
                // eighth of the heap for all columns together, at 8 bytes a value; later blocks grow as needed.
                long budget = Runtime.getRuntime().maxMemory() / 8 / (8L * Math.max(1, names.size()));
                int expected = (int) Math.min(in.estimateRows(TextInput.textSize(file)), budget);
                columns = new CsvColumn[names.size()];
                for (int j = 0; j < columns.length; j++) {
                    String name = names.get(j);
                    ColumnType forced = options.types().get(name);
                    columns[j] = forced == null ? CsvColumn.inferred(name, number, missing, options) : CsvColumn.text(name, missing, forced, options);
                    columns[j].expectRows(expected);
                }
                rows = in.readAll(columns);
                irregular = in.irregularLines();
            }
            if (rows == 0) {
                throw ModelyardException.invalid("file " + file + " has a header but no data rows");
            }
            readTextAgain(file, delim, columns, missing, options, bufferSize);
            if (irregular) {
                for (CsvColumn c : columns) {
                    c.rowsAreNotLines();
                }
            }
            return Frame.of(finish(file, columns, rows));
        } catch (InterruptedIOException e) {
            throw new ModelyardException(ErrorCode.CANCELLED, "reading " + file + " was interrupted");
        } catch (IOException e) {
            if (FileFormat.isGzip(file)) {
                String why = e.getMessage() != null ? e.getMessage() : e instanceof EOFException ? "it ends early" : e.getClass().getSimpleName();
                throw ModelyardException.invalid("file " + file + ": the gzip data is corrupt or truncated (" + why + ")");
            }
            throw ModelyardException.invalid("cannot read file " + file + ": " + e.getMessage());
        }
    }

    /**
     * Finishes every column, on a large frame two at a time: joining blocks and typing text is memory-bound
     * work that the second core (free once gzip is inflated) shares. The first failure, in column order, is thrown.
     */
    private static List<Column> finish(Path file, CsvColumn[] columns, int rows) {
        Column[] out = new Column[columns.length];
        ModelyardException[] failures = new ModelyardException[columns.length];
        IntStream all = IntStream.range(0, columns.length);
        // Waking the common pool costs more than it saves on small frames.
        (rows * (long) columns.length >= PARALLEL_FINISH_CELLS ? all.parallel() : all).forEach(j -> {
            try {
                out[j] = columns[j].finish(rows);
            } catch (ModelyardException e) {
                failures[j] = e;
            }
        });
        for (ModelyardException e : failures) {
            if (e != null) {
                throw new ModelyardException(e.code(), "file " + file + ": " + e.getMessage());
            }
        }
        return Arrays.asList(out);
    }

    /** The second pass: columns that met text after numbers are read as text from the first row. */
    private static void readTextAgain(Path file, byte delim, CsvColumn[] columns, MissingMarkers missing, ReadOptions options,
                                      int bufferSize) throws IOException {
        boolean any = false;
        CsvColumn[] pass = new CsvColumn[columns.length];
        for (int j = 0; j < columns.length; j++) {
            boolean again = columns[j].needsTextPass();
            any |= again;
            pass[j] = again ? CsvColumn.text(columns[j].name(), missing, null, options) : CsvColumn.skipped(columns[j].name());
        }
        if (!any) {
            return;
        }
        try (CsvRows in = new CsvRows(file, TextInput.open(file), delim, bufferSize)) {
            in.header();
            in.readAll(pass);
        }
        for (int j = 0; j < columns.length; j++) {
            if (columns[j].needsTextPass()) {
                columns[j] = pass[j];
            }
        }
    }

    /** Header names as a frame needs them: an empty name becomes column_N, a repeated one gets _2, _3, ... */
    static List<String> uniqueNames(List<String> header) {
        Set<String> seen = new HashSet<>();
        List<String> out = new ArrayList<>(header.size());
        for (int j = 0; j < header.size(); j++) {
            String base = header.get(j).isEmpty() ? "column_" + (j + 1) : header.get(j);
            String name = base;
            for (int k = 2; !seen.add(name); k++) {
                name = base + "_" + k;
            }
            out.add(name);
        }
        return out;
    }
}
