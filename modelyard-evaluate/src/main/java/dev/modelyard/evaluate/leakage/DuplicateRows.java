package dev.modelyard.evaluate.leakage;

import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.core.frame.BooleanColumn;
import dev.modelyard.core.frame.CategoricalColumn;
import dev.modelyard.core.frame.Column;
import dev.modelyard.core.frame.DoubleColumn;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.core.frame.LongColumn;
import dev.modelyard.core.frame.TextColumn;
import dev.modelyard.core.frame.TimestampColumn;

/**
 * Counts test rows whose whole feature vector also occurs in the training rows. Rows are hashed
 * column-at-a-time into 64-bit keys, training keys go into an open-addressing table, and every hash
 * match is confirmed cell by cell, so collisions cannot inflate the count.
 */
final class DuplicateRows {
    private final Frame frame;

    private DuplicateRows(Frame frame) {
        this.frame = frame;
    }

    /** Number of {@code testRows} whose every cell equals some training row's. */
    static int countAcross(Frame frame, int[] trainRows, int[] testRows) {
        requireInRange(frame, trainRows, "train");
        requireInRange(frame, testRows, "test");
        return new DuplicateRows(frame).count(trainRows, testRows);
    }

    private int count(int[] trainRows, int[] testRows) {
        if (trainRows.length == 0 || testRows.length == 0) {
            return 0;
        }
        long[] trainHash = hashes(trainRows);
        long[] testHash = hashes(testRows);
        int capacity = Integer.highestOneBit(Math.max(4, trainRows.length) * 2 - 1) << 1;
        int mask = capacity - 1;
        long[] slotHash = new long[capacity];
        int[] slotRow = new int[capacity];
        java.util.Arrays.fill(slotRow, -1);
        for (int t = 0; t < trainRows.length; t++) {
            long h = trainHash[t];
            int s = (int) mix(h) & mask;
            boolean present = false;
            while (slotRow[s] >= 0) {
                // identical training rows are stored once, keeping probe chains short
                if (slotHash[s] == h && sameRow(slotRow[s], trainRows[t])) {
                    present = true;
                    break;
                }
                s = (s + 1) & mask;
            }
            if (!present) {
                slotHash[s] = h;
                slotRow[s] = trainRows[t];
            }
        }
        int found = 0;
        for (int t = 0; t < testRows.length; t++) {
            long h = testHash[t];
            for (int s = (int) mix(h) & mask; slotRow[s] >= 0; s = (s + 1) & mask) {
                if (slotHash[s] == h && sameRow(slotRow[s], testRows[t])) {
                    found++;
                    break;
                }
            }
        }
        return found;
    }

    /** One 64-bit hash per listed row over all cells, computed a column at a time. */
    private long[] hashes(int[] rows) {
        long[] h = new long[rows.length];
        for (Column c : frame.columns()) {
            for (int i = 0; i < rows.length; i++) {
                h[i] = mix(h[i] * 0x9E3779B97F4A7C15L + cellKey(c, rows[i]));
            }
        }
        return h;
    }

    /** An exact 64-bit image of a cell (text uses its hash; equality is confirmed separately). */
    private static long cellKey(Column c, int row) {
        if (c.isNull(row)) {
            return 0x5DEECE66DL;
        }
        return switch (c) {
            case DoubleColumn d -> Double.doubleToLongBits(d.getDouble(row));
            case LongColumn l -> l.getLong(row);
            case TimestampColumn t -> t.getMillis(row);
            case CategoricalColumn k -> k.code(row);
            case BooleanColumn b -> b.getBoolean(row) ? 1 : 2;
            case TextColumn t -> t.getString(row).hashCode();
        };
    }

    private boolean sameRow(int a, int b) {
        if (a == b) {
            return true;
        }
        for (Column c : frame.columns()) {
            boolean na = c.isNull(a);
            if (na != c.isNull(b)) {
                return false;
            }
            if (na) {
                continue;
            }
            boolean same = c instanceof TextColumn t
                    ? t.getString(a).equals(t.getString(b))
                    : cellKey(c, a) == cellKey(c, b);
            if (!same) {
                return false;
            }
        }
        return true;
    }

    /** The SplitMix64 finaliser: spreads bits so linear probing stays short. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static void requireInRange(Frame frame, int[] rows, String what) {
        for (int r : rows) {
            if (r < 0 || r >= frame.rowCount()) {
                throw ModelyardException.invalid(what + " row index " + r + " is outside the frame's " + frame.rowCount() + " rows");
            }
        }
    }
}
