package dev.modelyard.bench;

import dev.modelyard.core.frame.Column;
import dev.modelyard.core.frame.ColumnType;
import dev.modelyard.core.frame.Frame;
import java.util.ArrayList;
import java.util.List;

/**
 * The simplest encoding a user calling a booster directly would write: numeric and boolean columns as they are,
 * categorical columns as their dictionary codes, missing as NaN, rows as row-major floats. The direct peers of
 * the training benchmark (XGBoost4J, LightGBM) both read it.
 */
final class RawMatrix {
    private final List<Column> columns = new ArrayList<>();

    RawMatrix(Frame features) {
        for (Column c : features.columns()) {
            ColumnType t = c.type();
            // Text and timestamps would need real feature work; neither benchmark dataset has them.
            if (t == ColumnType.DOUBLE || t == ColumnType.LONG || t == ColumnType.BOOLEAN || t == ColumnType.CATEGORICAL) {
                columns.add(c);
            }
        }
    }

    int cols() { return columns.size(); }

    /** The chosen rows, row-major. */
    float[] floats(int[] rows) {
        int cols = columns.size();
        float[] data = new float[rows.length * cols];
        for (int j = 0; j < cols; j++) {
            Column c = columns.get(j);
            for (int i = 0; i < rows.length; i++) {
                data[i * cols + j] = (float) c.getDouble(rows[i]);
            }
        }
        return data;
    }
}
