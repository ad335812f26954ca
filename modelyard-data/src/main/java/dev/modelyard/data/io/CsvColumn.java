package dev.modelyard.data.io;

import dev.modelyard.core.frame.CategoricalColumn;
import dev.modelyard.core.frame.Column;
import dev.modelyard.core.frame.ColumnType;
import dev.modelyard.core.frame.DoubleColumn;
import dev.modelyard.core.frame.LongColumn;
import java.util.Arrays;
import java.util.BitSet;

/**
 * One CSV column as it is read. Numbers are parsed in place while every cell so far is one (or a missing
 * marker): held as 32-bit integers while they fit, then as 64-bit, then as doubles. The first other cell
 * turns the column into text, collected by a {@link StringSink} that infers the final type from its distinct
 * values exactly as for any other text. When numbers came before that cell their text is gone, so the column
 * is marked for {@link #needsTextPass() a second pass} that reads it as text from the start.
 */
final class CsvColumn {
    private static final int INTS = 0;
    private static final int LONGS = 1;
    private static final int DOUBLES = 2;
    private static final int TEXT = 3;
    private static final int SKIPPED = 4;

    private final String name;
    private final NumberBytes number;
    private final MissingMarkers missing;
    /** Whether a marker reads as a number, so every cell must be checked against the markers first. */
    private final boolean numericMarkers;
    private final StringSink textSink;
    private int mode;
    private final BitSet nulls = new BitSet();
    private boolean needsTextPass;
    /** Numbers: 32-bit blocks in INTS mode, 64-bit blocks (longs or double bits) after it. */
    private Blocks<int[]> intBlocks = new Blocks<>(int[]::new);
    private Blocks<long[]> longBlocks;
    private int[] ints;
    private long[] longs;
    /** The numeric block being filled holds rows [base, end). */
    private int base;
    private int end;
    /** Rows in the next numeric block: the reader's estimate of the whole file first, a quarter of it after that. */
    private int blockRows = Blocks.SIZE;

    private CsvColumn(String name, NumberBytes number, MissingMarkers missing, StringSink textSink, int mode) {
        this.name = name;
        this.number = number;
        this.missing = missing;
        this.numericMarkers = missing != null && missing.numeric();
        this.textSink = textSink;
        this.mode = mode;
    }

    /** A column whose type is inferred. */
    static CsvColumn inferred(String name, NumberBytes number, MissingMarkers missing, ReadOptions options) {
        return new CsvColumn(name, number, missing, new StringSink(name, missing.strings(), null, options, true), INTS);
    }

    /** A column read as text and typed by {@link StringSink}: {@code forced} is an override, or null to infer. */
    static CsvColumn text(String name, MissingMarkers missing, ColumnType forced, ReadOptions options) {
        return new CsvColumn(name, null, missing, new StringSink(name, missing.strings(), forced, options, true), TEXT);
    }

    /** A column this pass does not collect. */
    static CsvColumn skipped(String name) {
        return new CsvColumn(name, null, null, null, SKIPPED);
    }

    String name() { return name; }

    /** True when the column turned out to be text after numbers had been read. */
    boolean needsTextPass() { return needsTextPass; }

    /** Error messages give rows only (see {@link StringSink#rowsAreNotLines}). */
    void rowsAreNotLines() {
        if (textSink != null) {
            textSink.rowsAreNotLines();
        }
    }

    /** Sizes the first block of numbers (an estimate of the file's rows: one block and no copy when it holds). */
    void expectRows(int rows) {
        blockRows = Math.max(1024, rows);
    }

    /**
     * Takes {@code rows} cells of a batch, this column's fields from index {@code at}, for rows from {@code firstRow}.
     * Runs of plain integers into a 32-bit column are copied in a tight loop; every other cell goes one by one.
     */
    void accept(CsvBatch b, int at, int rows, int firstRow, FieldText text) {
        long[] plains = b.plains;
        int r = 0;
        while (r < rows) {
            int row = firstRow + r;
            if (mode == INTS && !numericMarkers && plains[at + r] >= 0) {
                if (row >= end) {
                    grow(row);
                }
                int stop = Math.min(rows, end - firstRow);
                int[] dst = ints;
                int shift = firstRow - base;
                for (; r < stop; r++) {
                    long v = plains[at + r];
                    if (v < 0 || v > Integer.MAX_VALUE) {
                        break;
                    }
                    dst[shift + r] = (int) v;
                }
                if (r == stop) {
                    continue;
                }
                row = firstRow + r;
            }
            int k = at + r;
            if (plains[k] >= 0) {
                acceptDigits(b.buf, b.starts[k], plains[k], row);
            } else {
                boolean escaped = plains[k] == CsvBatch.ESCAPED;
                long bounds = text.bounds(b.buf, b.starts[k], b.ends[k], escaped);
                accept(text.source(b.buf, escaped), (int) (bounds >>> 32), (int) bounds, row);
            }
            r++;
        }
    }

    /** Takes a cell that is only digits, from {@code from}, its {@code value} read already (the commonest cell of numeric files). */
    void acceptDigits(byte[] b, int from, long value, int row) {
        if (mode <= DOUBLES && !numericMarkers) {
            if (row >= end) {
                grow(row);
            }
            if (mode == INTS && value <= Integer.MAX_VALUE) {
                ints[row - base] = (int) value;
            } else {
                storeLong(value, row);
            }
        } else {
            int to = from;
            while (to < b.length && b[to] >= '0' && b[to] <= '9') {
                to++;
            }
            accept(b, from, to, row);
        }
    }

    /** Takes row {@code row}'s cell, {@code b[from, to)}, already trimmed and unquoted. */
    void accept(byte[] b, int from, int to, int row) {
        if (mode <= DOUBLES) {
            if ((from == to && missing.empty()) || (numericMarkers && missing.contains(b, from, to))) {
                nulls.set(row);
                return;
            }
            int kind = number.scan(b, from, to);
            if (kind != NumberBytes.NONE && row >= end) {
                grow(row); // only for a value: a column that is text from its first cell never allocates numbers
            }
            if (kind == NumberBytes.LONG) {
                long v = number.longValue;
                if (mode == INTS && v == (int) v) {
                    ints[row - base] = (int) v;
                } else {
                    storeLong(v, row);
                }
            } else if (kind == NumberBytes.DOUBLE) {
                if (mode != DOUBLES) {
                    toDoubles();
                }
                longs[row - base] = Double.doubleToRawLongBits(number.doubleValue);
            } else if (!numericMarkers && missing.contains(b, from, to)) {
                nulls.set(row);
            } else {
                toText(row);
                if (mode == TEXT) {
                    accept(b, from, to, row);
                }
            }
        } else if (mode == TEXT) {
            textSink.read(b, from, to, row);
        }
    }

    /** Stores an integer that needs 64 bits, or any integer once the column holds longs or doubles. */
    private void storeLong(long v, int row) {
        if (mode == INTS) {
            widen(false);
        }
        longs[row - base] = mode == LONGS ? v : Double.doubleToRawLongBits(v);
    }

    /** Adds blocks until one holds {@code row}; blocks follow each other from row 0 (skipped rows are nulls). */
    private void grow(int row) {
        while (row >= end) {
            if (mode == INTS) {
                ints = intBlocks.next(blockRows);
            } else {
                longs = longBlocks.next(blockRows);
            }
            base = end;
            end += blockRows;
            blockRows = Math.max(Blocks.SIZE, blockRows / 4);
        }
    }

    /** The 32-bit blocks so far become 64-bit ones: longs, or the integers as doubles (as parsing their text would round them). */
    private void widen(boolean asDoubles) {
        longBlocks = new Blocks<>(long[]::new);
        for (int[] ib : intBlocks.all()) {
            long[] lb = longBlocks.next(ib.length);
            for (int i = 0; i < ib.length; i++) {
                lb[i] = asDoubles ? Double.doubleToRawLongBits(ib[i]) : ib[i];
            }
            longs = lb;
        }
        intBlocks = null;
        ints = null;
        mode = asDoubles ? DOUBLES : LONGS;
    }

    private void toDoubles() {
        if (mode == INTS) {
            widen(true);
            return;
        }
        for (long[] lb : longBlocks.all()) {
            for (int i = 0; i < lb.length; i++) {
                lb[i] = Double.doubleToRawLongBits(lb[i]);
            }
        }
        mode = DOUBLES;
    }

    /** Switches to text at {@code row}: directly when every earlier cell was missing, else by a second pass. */
    private void toText(int row) {
        if (nulls.cardinality() == row) {
            for (int r = 0; r < row; r++) {
                textSink.readNull(r);
            }
            mode = TEXT;
        } else {
            needsTextPass = true;
            mode = SKIPPED;
        }
        intBlocks = null;
        longBlocks = null;
        ints = null;
        longs = null;
    }

    /** The finished column; a column with no value at all is an empty categorical, as text inference makes it. */
    Column finish(int rows) {
        if (mode <= DOUBLES && nulls.cardinality() == rows) {
            int[] codes = new int[rows];
            Arrays.fill(codes, -1);
            return CategoricalColumn.owning(name, codes, new String[0]);
        }
        if (mode <= DOUBLES && rows > end) {
            grow(rows - 1); // trailing nulls past the last block
        }
        return switch (mode) {
            case INTS -> LongColumn.owningInts(name, intBlocks.join(rows), nulls);
            case LONGS -> LongColumn.owning(name, longBlocks.join(rows), nulls);
            case DOUBLES -> {
                long[] bits = longBlocks.join(rows);
                double[] out = new double[rows];
                for (int i = 0; i < rows; i++) {
                    out[i] = Double.longBitsToDouble(bits[i]);
                }
                for (int i = nulls.nextSetBit(0); i >= 0; i = nulls.nextSetBit(i + 1)) {
                    out[i] = Double.NaN;
                }
                yield DoubleColumn.owning(name, out);
            }
            case TEXT -> textSink.finish(rows);
            default -> throw new IllegalStateException("column '" + name + "' was not collected in this pass");
        };
    }
}
