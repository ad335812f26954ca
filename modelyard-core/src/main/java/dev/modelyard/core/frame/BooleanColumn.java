package dev.modelyard.core.frame;

import java.util.BitSet;

/** Booleans with a null mask. */
public final class BooleanColumn implements Column {
    private final String name;
    private final BitSet values;
    private final BitSet nulls;
    private final int size;

    private BooleanColumn(String name, BitSet values, BitSet nulls, int size) {
        this.name = name;
        this.values = values;
        this.nulls = nulls;
        this.size = size;
    }

    public static BooleanColumn of(String name, boolean[] values, BitSet nulls) {
        BitSet v = new BitSet(values.length);
        for (int i = 0; i < values.length; i++) {
            if (values[i]) {
                v.set(i);
            }
        }
        return new BooleanColumn(name, v, (BitSet) nulls.clone(), values.length);
    }

    @Override public String name() { return name; }
    @Override public ColumnType type() { return ColumnType.BOOLEAN; }
    @Override public int size() { return size; }
    @Override public boolean isNull(int row) { return nulls.get(row); }
    @Override public int nullCount() { return nulls.cardinality(); }
    @Override public double getDouble(int row) { return nulls.get(row) ? Double.NaN : (values.get(row) ? 1.0 : 0.0); }
    @Override public String getString(int row) { return nulls.get(row) ? null : Boolean.toString(values.get(row)); }

    public boolean getBoolean(int row) { return values.get(row); }

    @Override
    public BooleanColumn select(int[] rows) {
        BitSet v = new BitSet(rows.length);
        for (int i = 0; i < rows.length; i++) {
            if (values.get(rows[i])) {
                v.set(i);
            }
        }
        return new BooleanColumn(name, v, Column.selectMask(nulls, rows), rows.length);
    }

    @Override public BooleanColumn rename(String newName) { return new BooleanColumn(newName, values, nulls, size); }
}
