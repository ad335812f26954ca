package dev.modelyard.learn.step;

import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.core.frame.Column;
import dev.modelyard.core.frame.ColumnType;
import dev.modelyard.core.frame.Frame;
import java.util.List;

/** A dense, row-major copy of a frame's numeric columns, as learners consume them. NaN marks missing. */
public record FeatureMatrix(List<String> names, int rows, int cols, double[] values) {

    /** Copies every column of {@code frame}; all must be numeric (double, long, boolean, timestamp). */
    public static FeatureMatrix of(Frame frame) {
        int n = frame.rowCount();
        int p = frame.columnCount();
        double[] v = new double[n * p];
        for (int j = 0; j < p; j++) {
            Column c = frame.column(j);
            if (c.type() == ColumnType.TEXT || c.type() == ColumnType.CATEGORICAL) {
                throw ModelyardException.invalid("learners need numeric features; column '" + c.name() + "' is " + c.type().label() + " (encode it first)");
            }
            for (int i = 0; i < n; i++) {
                v[i * p + j] = c.getDouble(i);
            }
        }
        return new FeatureMatrix(frame.schema().names(), n, p, v);
    }

    public double get(int row, int col) { return values[row * cols + col]; }

    /** The matrix as floats, NaN kept, for native boosters. */
    public float[] toFloats() {
        float[] f = new float[values.length];
        for (int i = 0; i < f.length; i++) {
            f[i] = (float) values[i];
        }
        return f;
    }

    /** The given rows, in order. */
    public FeatureMatrix selectRows(int[] idx) {
        double[] v = new double[idx.length * cols];
        for (int i = 0; i < idx.length; i++) {
            System.arraycopy(values, idx[i] * cols, v, i * cols, cols);
        }
        return new FeatureMatrix(names, idx.length, cols, v);
    }
}
