package dev.modelyard.serving.input;

import dev.modelyard.core.frame.Schema;
import java.util.List;

/**
 * Typed rows ready for a model, laid out as {@link dev.modelyard.core.frame.RowBuffer}s are: row {@code i},
 * column {@code j} lives at {@code i * width + j} in {@code num} (numeric kinds, NaN = missing) or {@code str}
 * (categorical and text, null = missing). {@code ignored} lists request columns the model does not use;
 * {@code notes} are remarks for the answer (e.g. unseen categories). Treated as immutable once built.
 */
public record Batch(Schema schema, int rows, double[] num, String[] str, List<String> ignored, List<String> notes) {
    public Batch {
        ignored = List.copyOf(ignored);
        notes = List.copyOf(notes);
    }

    public int width() { return schema.size(); }

    /** The value of a cell for logs: a Double, a String or null. */
    public Object cell(int row, int column) {
        int k = row * width() + column;
        if (schema.field(column).type().isNumericSlot()) {
            double v = num[k];
            return Double.isNaN(v) ? null : v;
        }
        return str[k];
    }
}
