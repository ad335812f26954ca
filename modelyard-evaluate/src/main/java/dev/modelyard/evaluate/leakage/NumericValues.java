package dev.modelyard.evaluate.leakage;

import dev.modelyard.core.frame.Column;
import dev.modelyard.core.frame.ColumnType;
import dev.modelyard.core.frame.DoubleColumn;

/** Column values as a primitive array (NaN for null), read once so the checks loop over plain doubles. */
final class NumericValues {
    private NumericValues() {}

    /** Whether a column is scored as numbers rather than as levels. */
    static boolean isNumeric(Column c) {
        ColumnType t = c.type();
        return t == ColumnType.DOUBLE || t == ColumnType.LONG || t == ColumnType.BOOLEAN || t == ColumnType.TIMESTAMP;
    }

    static double[] of(Column c) {
        if (c instanceof DoubleColumn d) {
            return d.toArray();
        }
        double[] out = new double[c.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = c.getDouble(i);
        }
        return out;
    }
}
