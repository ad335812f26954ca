package dev.modelyard.data.io;

import dev.modelyard.core.frame.BooleanColumn;
import dev.modelyard.core.frame.Column;
import dev.modelyard.core.frame.DoubleColumn;
import dev.modelyard.core.frame.LongColumn;
import dev.modelyard.core.frame.TimestampColumn;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.BitSet;

/**
 * Collects one result-set column into a primitive array. Rows arrive in order; the reader grows every
 * sink's capacity together so the per-cell path is a getter, a null check and an array store.
 */
sealed interface ColumnSink permits ColumnSink.Longs, ColumnSink.Doubles, ColumnSink.Booleans, ColumnSink.Timestamps, StringSink {

    void read(ResultSet rs, int col, int row) throws SQLException;

    void grow(int capacity);

    Column finish(int rows);

    /** Integers, with a null mask. */
    final class Longs implements ColumnSink {
        private final String name;
        private long[] values;
        private final BitSet nulls = new BitSet();

        Longs(String name, int capacity) {
            this.name = name;
            this.values = new long[capacity];
        }

        @Override
        public void read(ResultSet rs, int col, int row) throws SQLException {
            long v = rs.getLong(col);
            if (rs.wasNull()) {
                nulls.set(row);
            } else {
                values[row] = v;
            }
        }

        @Override public void grow(int capacity) { values = Arrays.copyOf(values, capacity); }

        @Override
        public Column finish(int rows) {
            return LongColumn.owning(name, values.length == rows ? values : Arrays.copyOf(values, rows), nulls);
        }
    }

    /** Doubles, NaN for null. */
    final class Doubles implements ColumnSink {
        private final String name;
        private double[] values;

        Doubles(String name, int capacity) {
            this.name = name;
            this.values = new double[capacity];
        }

        @Override
        public void read(ResultSet rs, int col, int row) throws SQLException {
            double v = rs.getDouble(col);
            values[row] = rs.wasNull() ? Double.NaN : v;
        }

        @Override public void grow(int capacity) { values = Arrays.copyOf(values, capacity); }

        @Override
        public Column finish(int rows) {
            return DoubleColumn.owning(name, values.length == rows ? values : Arrays.copyOf(values, rows));
        }
    }

    /** Booleans, with a null mask. */
    final class Booleans implements ColumnSink {
        private final String name;
        private boolean[] values;
        private final BitSet nulls = new BitSet();

        Booleans(String name, int capacity) {
            this.name = name;
            this.values = new boolean[capacity];
        }

        @Override
        public void read(ResultSet rs, int col, int row) throws SQLException {
            boolean v = rs.getBoolean(col);
            if (rs.wasNull()) {
                nulls.set(row);
            } else {
                values[row] = v;
            }
        }

        @Override public void grow(int capacity) { values = Arrays.copyOf(values, capacity); }

        @Override
        public Column finish(int rows) {
            return BooleanColumn.of(name, Arrays.copyOf(values, rows), nulls);
        }
    }

    /** Epoch milliseconds (the query converts with epoch_ms), with a null mask. */
    final class Timestamps implements ColumnSink {
        private final String name;
        private long[] values;
        private final BitSet nulls = new BitSet();

        Timestamps(String name, int capacity) {
            this.name = name;
            this.values = new long[capacity];
        }

        @Override
        public void read(ResultSet rs, int col, int row) throws SQLException {
            long v = rs.getLong(col);
            if (rs.wasNull()) {
                nulls.set(row);
            } else {
                values[row] = v;
            }
        }

        @Override public void grow(int capacity) { values = Arrays.copyOf(values, capacity); }

        @Override
        public Column finish(int rows) {
            return TimestampColumn.owning(name, values.length == rows ? values : Arrays.copyOf(values, rows), nulls);
        }
    }
}
