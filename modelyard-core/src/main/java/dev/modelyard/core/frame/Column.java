package dev.modelyard.core.frame;

import java.util.BitSet;

/**
 * One immutable, typed column with a null mask. Implementations never expose their arrays for writing:
 * accessors copy or read single values.
 */
public sealed interface Column
        permits DoubleColumn, LongColumn, CategoricalColumn, TextColumn, TimestampColumn, BooleanColumn {

    String name();

    ColumnType type();

    int size();

    boolean isNull(int row);

    /** Number of null entries. */
    int nullCount();

    /** The value as a double: numbers as is, timestamps as epoch milliseconds, booleans as 0/1,
     *  categoricals as their dictionary code; NaN when null. Text throws. */
    double getDouble(int row);

    /** The value as text (null when missing): what a user would type in a CSV cell. */
    String getString(int row);

    /** A new column holding the given rows in the given order (indices may repeat). */
    Column select(int[] rows);

    /** The same data under another name. */
    Column rename(String newName);

    /** Schema entry for this column. */
    default Field field() {
        return new Field(name(), type());
    }

    /** Copies a mask restricted to {@code rows}. */
    static BitSet selectMask(BitSet nulls, int[] rows) {
        BitSet out = new BitSet(rows.length);
        if (nulls.isEmpty()) {
            return out;
        }
        for (int i = 0; i < rows.length; i++) {
            if (nulls.get(rows[i])) {
                out.set(i);
            }
        }
        return out;
    }
}
