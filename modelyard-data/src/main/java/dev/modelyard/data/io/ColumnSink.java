package dev.modelyard.data.io;

import dev.modelyard.core.frame.BooleanColumn;
import dev.modelyard.core.frame.Column;
import dev.modelyard.core.frame.DoubleColumn;
import dev.modelyard.core.frame.LongColumn;
import dev.modelyard.core.frame.TimestampColumn;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.BitSet;

/**
 * Collects one result-set column into a primitive array. Rows arrive in order, filled into
 * {@link Blocks}; the reader starts a new block in every sink together (at each row that is a multiple
 * of {@link Blocks#SIZE}) so the per-cell path is a getter, a null check and an array store.
 */
sealed interface ColumnSink permits ColumnSink.Longs, ColumnSink.Doubles, ColumnSink.Booleans, ColumnSink.Timestamps, StringSink {

    /** Reads the current row's cell at 1-based {@code col}; {@code row} is the 0-based row number. */
    void read(ResultSet rs, int col, int row) throws SQLException;

    /** Starts the next block of rows. */
    void nextBlock();

    Column finish(int rows);

    /** Integers, with a null mask. */
    final class Longs implements ColumnSink {
        private final String name;
        private final Blocks<long[]> blocks = new Blocks<>(long[]::new);
        private final BitSet nulls = new BitSet();
        private long[] block;

        Longs(String name) {
            this.name = name;
        }

        @Override
        public void read(ResultSet rs, int col, int row) throws SQLException {
            long v = rs.getLong(col);
            if (rs.wasNull()) {
                nulls.set(row);
            } else {
                block[row & Blocks.MASK] = v;
            }
        }

        @Override public void nextBlock() { block = blocks.next(); }

        @Override public Column finish(int rows) { return LongColumn.owning(name, blocks.join(rows), nulls); }
    }

    /** Doubles, NaN for null. */
    final class Doubles implements ColumnSink {
        private final String name;
        private final Blocks<double[]> blocks = new Blocks<>(double[]::new);
        private double[] block;

        Doubles(String name) {
            this.name = name;
        }

        @Override
        public void read(ResultSet rs, int col, int row) throws SQLException {
            double v = rs.getDouble(col);
            block[row & Blocks.MASK] = rs.wasNull() ? Double.NaN : v;
        }

        @Override public void nextBlock() { block = blocks.next(); }

        @Override public Column finish(int rows) { return DoubleColumn.owning(name, blocks.join(rows)); }
    }

    /** Booleans, with a null mask. */
    final class Booleans implements ColumnSink {
        private final String name;
        private final Blocks<boolean[]> blocks = new Blocks<>(boolean[]::new);
        private final BitSet nulls = new BitSet();
        private boolean[] block;

        Booleans(String name) {
            this.name = name;
        }

        @Override
        public void read(ResultSet rs, int col, int row) throws SQLException {
            boolean v = rs.getBoolean(col);
            if (rs.wasNull()) {
                nulls.set(row);
            } else {
                block[row & Blocks.MASK] = v;
            }
        }

        @Override public void nextBlock() { block = blocks.next(); }

        @Override public Column finish(int rows) { return BooleanColumn.of(name, blocks.join(rows), nulls); }
    }

    /** Epoch milliseconds (the query converts with epoch_ms), with a null mask. */
    final class Timestamps implements ColumnSink {
        private final String name;
        private final Blocks<long[]> blocks = new Blocks<>(long[]::new);
        private final BitSet nulls = new BitSet();
        private long[] block;

        Timestamps(String name) {
            this.name = name;
        }

        @Override
        public void read(ResultSet rs, int col, int row) throws SQLException {
            long v = rs.getLong(col);
            if (rs.wasNull()) {
                nulls.set(row);
            } else {
                block[row & Blocks.MASK] = v;
            }
        }

        @Override public void nextBlock() { block = blocks.next(); }

        @Override public Column finish(int rows) { return TimestampColumn.owning(name, blocks.join(rows), nulls); }
    }
}
