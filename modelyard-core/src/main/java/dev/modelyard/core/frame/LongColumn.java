package dev.modelyard.core.frame;

import java.util.BitSet;

/**
 * A column of 64-bit integers with a null mask. Values that all fit in 32 bits may be held in an int array
 * ({@link #owningInts}): half the memory for the usual integer columns (counts, codes, flags, ages).
 */
public final class LongColumn implements Column {
    private final String name;
    /** Exactly one of the two holds the values. */
    private final long[] values;
    private final int[] ints;
    private final BitSet nulls;

    private LongColumn(String name, long[] values, int[] ints, BitSet nulls) {
        this.name = name;
        this.values = values;
        this.ints = ints;
        this.nulls = nulls;
    }

    private LongColumn(String name, long[] values, BitSet nulls) {
        this(name, values, null, nulls);
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

    /** Takes ownership of 32-bit values and the null mask without copying. */
    public static LongColumn owningInts(String name, int[] values, BitSet nulls) {
        return new LongColumn(name, null, values, nulls);
    }

    @Override public String name() { return name; }
    @Override public ColumnType type() { return ColumnType.LONG; }
    @Override public int size() { return ints != null ? ints.length : values.length; }
    @Override public boolean isNull(int row) { return nulls.get(row); }
    @Override public int nullCount() { return nulls.cardinality(); }
    @Override public double getDouble(int row) { return nulls.get(row) ? Double.NaN : getLong(row); }
    @Override public String getString(int row) { return nulls.get(row) ? null : Long.toString(getLong(row)); }

    /** The raw value; meaningless when {@link #isNull(int)}. */
    public long getLong(int row) { return ints != null ? ints[row] : values[row]; }

    @Override
    public LongColumn select(int[] rows) {
        BitSet mask = Column.selectMask(nulls, rows);
        if (ints != null) {
            int[] out = new int[rows.length];
            for (int i = 0; i < rows.length; i++) {
                out[i] = ints[rows[i]];
            }
            return new LongColumn(name, null, out, mask);
        }
        long[] out = new long[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = values[rows[i]];
        }
        return new LongColumn(name, out, mask);
    }

    @Override public LongColumn rename(String newName) { return new LongColumn(newName, values, ints, nulls); }
}
