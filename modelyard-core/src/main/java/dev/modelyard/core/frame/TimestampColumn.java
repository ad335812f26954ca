package dev.modelyard.core.frame;

import java.time.Instant;
import java.util.BitSet;

/** Instants as epoch milliseconds (UTC), with a null mask. Dates are midnight UTC. */
public final class TimestampColumn implements Column {
    private final String name;
    private final long[] millis;
    private final BitSet nulls;

    private TimestampColumn(String name, long[] millis, BitSet nulls) {
        this.name = name;
        this.millis = millis;
        this.nulls = nulls;
    }

    public static TimestampColumn of(String name, long[] epochMillis, BitSet nulls) {
        return new TimestampColumn(name, epochMillis.clone(), (BitSet) nulls.clone());
    }

    /** Takes ownership of both arrays without copying. */
    public static TimestampColumn owning(String name, long[] epochMillis, BitSet nulls) {
        return new TimestampColumn(name, epochMillis, nulls);
    }

    @Override public String name() { return name; }
    @Override public ColumnType type() { return ColumnType.TIMESTAMP; }
    @Override public int size() { return millis.length; }
    @Override public boolean isNull(int row) { return nulls.get(row); }
    @Override public int nullCount() { return nulls.cardinality(); }
    @Override public double getDouble(int row) { return nulls.get(row) ? Double.NaN : millis[row]; }
    @Override public String getString(int row) { return nulls.get(row) ? null : Instant.ofEpochMilli(millis[row]).toString(); }

    /** Epoch milliseconds; meaningless when {@link #isNull(int)}. */
    public long getMillis(int row) { return millis[row]; }

    @Override
    public TimestampColumn select(int[] rows) {
        long[] out = new long[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = millis[rows[i]];
        }
        return new TimestampColumn(name, out, Column.selectMask(nulls, rows));
    }

    @Override public TimestampColumn rename(String newName) { return new TimestampColumn(newName, millis, nulls); }
}
