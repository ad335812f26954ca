package dev.modelyard.serving.input;

import dev.modelyard.core.frame.ColumnType;
import dev.modelyard.core.frame.Field;
import dev.modelyard.core.frame.Names;
import dev.modelyard.core.frame.Schema;
import dev.modelyard.serving.model.LoadedModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Types a decoded request against a model's input signature. A required feature absent from the request (or
 * from one record) is an error naming it; an optional one is missing. Null is a missing value, handled as in
 * training (imputed for linear models, left missing for trees). Extra columns are ignored and listed. A
 * category not seen in training is scored (the pipeline treats it as unknown) and noted. An empty batch and
 * one over {@code maxRows} are errors.
 */
public final class RowTyper {
    /** Notes about unseen categories are capped so that a large batch cannot blow up the answer. */
    static final int MAX_NOTES = 10;

    private RowTyper() {}

    public static Batch type(InputTable table, LoadedModel model, int maxRows) {
        int n = table.rows();
        if (n == 0) {
            throw new InputError(null, "empty batch: the request holds no rows to score");
        }
        if (n > maxRows) {
            throw new InputError(null, "too many rows: " + n + " rows in one request, the limit is " + maxRows
                    + " (split the batch, or raise --max-rows)");
        }
        Schema schema = model.signature().schema();
        int w = schema.size();
        double[] num = new double[n * w];
        String[] str = new String[n * w];
        Arrays.fill(num, Double.NaN); // string columns keep NaN in their numeric slot, as RowBuffer.clear() does
        Set<String> notes = new LinkedHashSet<>();
        for (int j = 0; j < w; j++) {
            Field f = schema.field(j);
            int c = table.indexOf(f.name());
            boolean required = model.signature().required().contains(f.name());
            if (c < 0 && required) {
                throw new InputError(f.name(), "missing required " + table.columnWord() + " '" + f.name() + "' ("
                        + f.type().label() + ")" + Names.suggestion(f.name(), table.columns()).replace("columns:", "the request has:"));
            }
            if (f.type().isNumericSlot()) {
                fillNumbers(table, f, c, required, j, w, num);
            } else {
                fillStrings(table, f, c, required, j, w, str, model.knownCategories(f.name()), notes);
            }
        }
        List<String> ignored = new ArrayList<>();
        for (String col : table.columns()) {
            if (!schema.contains(col)) {
                ignored.add(col);
            }
        }
        return new Batch(schema, n, num, str, ignored, new ArrayList<>(notes));
    }

    private static void fillNumbers(InputTable t, Field f, int c, boolean required, int j, int w, double[] num) {
        for (int i = 0; i < t.rows(); i++) {
            Object raw = c < 0 ? null : t.value(c, i);
            if (raw == null) {
                absent(t, f, c, required, i);
                num[i * w + j] = Double.NaN;
            } else {
                num[i * w + j] = CellParser.number(raw, f.type(), f.name(), i);
            }
        }
    }

    private static void fillStrings(InputTable t, Field f, int c, boolean required, int j, int w, String[] str,
                                    Set<String> known, Set<String> notes) {
        for (int i = 0; i < t.rows(); i++) {
            Object raw = c < 0 ? null : t.value(c, i);
            if (raw == null) {
                absent(t, f, c, required, i);
                continue;
            }
            String v = CellParser.string(raw, f.type(), f.name(), i);
            str[i * w + j] = v;
            if (v != null && f.type() == ColumnType.CATEGORICAL && known != null && !known.contains(v) && notes.size() < MAX_NOTES) {
                notes.add("feature '" + f.name() + "': category '" + v + "' was not seen in training (scored as unknown)");
            }
        }
    }

    private static void absent(InputTable t, Field f, int c, boolean required, int row) {
        if (c >= 0 && required) {
            throw new InputError(f.name(), row, "row " + row + " has no required " + t.columnWord() + " '" + f.name()
                    + "' (send null for a missing value)");
        }
    }
}
