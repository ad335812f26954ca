package dev.modelyard.core.frame;

import java.util.Arrays;
import java.util.BitSet;

/** A column of doubles. Null entries hold NaN, and every NaN is null: the two views cannot disagree. */
public final class DoubleColumn implements Column {
    private final String name;
    private final double[] values;
    private final int nullCount;

    private DoubleColumn(String name, double[] values) {
        this.name = name;
        this.values = values;
        int n = 0;
        for (double v : values) {
            if (Double.isNaN(v)) {
                n++;
            }
        }
        this.nullCount = n;
    }

    /** Wraps a copy of {@code values}; NaN (and ±Inf, which no learner can use) marks a null. */
    public static DoubleColumn of(String name, double[] values) {
        return owning(name, values.clone());
    }

    /** Takes ownership of {@code values} without copying: the caller must not touch the array afterwards. */
    public static DoubleColumn owning(String name, double[] values) {
        for (int i = 0; i < values.length; i++) {
            if (Double.isInfinite(values[i])) {
                values[i] = Double.NaN;
            }
        }
        return new DoubleColumn(name, values);
    }

    /** Builds from values and a separate null mask. */
    public static DoubleColumn of(String name, double[] values, BitSet nulls) {
        double[] v = values.clone();
        for (int i = nulls.nextSetBit(0); i >= 0; i = nulls.nextSetBit(i + 1)) {
            v[i] = Double.NaN;
        }
        return owning(name, v);
    }

    @Override public String name() { return name; }
    @Override public ColumnType type() { return ColumnType.DOUBLE; }
    @Override public int size() { return values.length; }
    @Override public boolean isNull(int row) { return Double.isNaN(values[row]); }
    @Override public int nullCount() { return nullCount; }
    @Override public double getDouble(int row) { return values[row]; }

    @Override
    public String getString(int row) {
        double v = values[row];
        if (Double.isNaN(v)) {
            return null;
        }
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    /** A copy of the values (NaN for nulls). */
    public double[] toArray() { return values.clone(); }

    /** Reads a slice into {@code dst} without allocating. */
    public void copyTo(int from, double[] dst, int dstOffset, int length) {
        System.arraycopy(values, from, dst, dstOffset, length);
    }

    @Override
    public DoubleColumn select(int[] rows) {
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = values[rows[i]];
        }
        return new DoubleColumn(name, out);
    }

    @Override public DoubleColumn rename(String newName) { return new DoubleColumn(newName, values); }

    @Override
    public String toString() {
        return "DoubleColumn[" + name + ", n=" + values.length + ", " + Arrays.toString(Arrays.copyOf(values, Math.min(5, values.length))) + "]";
    }
}
