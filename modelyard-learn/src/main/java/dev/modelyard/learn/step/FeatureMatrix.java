package dev.modelyard.learn.step;

import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.core.frame.Column;
import dev.modelyard.core.frame.ColumnType;
import dev.modelyard.core.frame.Frame;
import java.util.List;

/**
 * A frame's numeric columns as learners consume them: checked once, then read into a dense row-major
 * float array for any subset of rows (XGBoost's layout; NaN marks missing). It keeps the columns rather
 * than a copy, so a fit copies each cell once, straight into the layout the native library takes.
 */
public final class FeatureMatrix {
    /** Rows filled per pass over the columns: the block of output stays in cache while columns are scattered into it. */
    private static final int BLOCK = 1024;

    private final List<String> names;
    private final List<Column> columns;
    private final int rows;

    private FeatureMatrix(List<String> names, List<Column> columns, int rows) {
        this.names = names;
        this.columns = columns;
        this.rows = rows;
    }

    /** The columns of {@code frame}; all must be numeric (double, long, boolean, timestamp). */
    public static FeatureMatrix of(Frame frame) {
        for (Column c : frame.columns()) {
            if (c.type() == ColumnType.TEXT || c.type() == ColumnType.CATEGORICAL) {
                throw ModelyardException.invalid("learners need numeric features; column '" + c.name() + "' is " + c.type().label() + " (encode it first)");
            }
        }
        return new FeatureMatrix(frame.schema().names(), frame.columns(), frame.rowCount());
    }

    /** Column names, in matrix column order. */
    public List<String> names() { return names; }

    public int rows() { return rows; }

    public int cols() { return columns.size(); }

    /** The given rows, in order, as a row-major {@code idx.length × cols()} float array (NaN kept). */
    public float[] toFloats(int[] idx) {
        int p = columns.size();
        int n = idx.length;
        float[] out = new float[n * p];
        for (int r0 = 0; r0 < n; r0 += BLOCK) {
            int r1 = Math.min(n, r0 + BLOCK);
            for (int j = 0; j < p; j++) {
                Column c = columns.get(j);
                for (int i = r0; i < r1; i++) {
                    out[i * p + j] = (float) c.getDouble(idx[i]);
                }
            }
        }
        return out;
    }
}
