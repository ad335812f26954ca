package dev.modelyard.core.frame;

import java.util.BitSet;

/** A column of 64-bit integers with a null mask. */
public final class LongColumn implements Column {
    private final String name;
    private final long[] values;
    private final BitSet nulls;

    private LongColumn(String name, long[] values, BitSet nulls) {
        this.name = name;
        this.values = values;
        this.nulls = nulls;
    }

    public static LongColumn of(String name, long[] values, BitSet nulls) {
        return new LongColumn(name, values.clone(), (BitSet) nulls.clone());
    }

    public static LongColumn of(String name, long[] values) {
        return new LongColumn(name, values.clone(), new BitSet());
    }

    /** Takes ownership of both arrays without copying. */
    public static LongColumn owning(String name, long[] values, BitSet nulls) {
        return new LongColumn(name, values, nulls);
    }

    @Override public String name() { return name; }
    @Override public ColumnType type() { return ColumnType.LONG; }
    @Override public int size() { return values.length; }
    @Override public boolean isNull(int row) { return nulls.get(row); }
    @Override public int nullCount() { return nulls.cardinality(); }
    @Override public double getDouble(int row) { return nulls.get(row) ? Double.NaN : values[row]; }
    @Override public String getString(int row) { return nulls.get(row) ? null : Long.toString(values[row]); }

    /** The raw value; meaningless when {@link #isNull(int)}. */
    public long getLong(int row) { return values[row]; }

    @Override
    public LongColumn select(int[] rows) {
        long[] out = new long[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = values[rows[i]];
        }
        return new LongColumn(name, out, Column.selectMask(nulls, rows));
    }

    @Override public LongColumn rename(String newName) { return new LongColumn(newName, values, nulls); }
}
