package dev.modelyard.scoring.pipeline;

import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.core.frame.CategoricalColumn;
import dev.modelyard.core.frame.Column;
import dev.modelyard.core.frame.ColumnType;
import dev.modelyard.core.frame.DoubleColumn;
import dev.modelyard.core.frame.Field;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.core.frame.LongColumn;
import dev.modelyard.core.frame.Names;
import dev.modelyard.core.frame.Schema;
import dev.modelyard.core.frame.TextColumn;
import dev.modelyard.core.frame.TimestampColumn;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a fitted pipeline accepts: the raw feature columns seen in training with their types, which of
 * them are required (the rest were discarded and may be absent), and the categories seen per
 * categorical column (capped, for documentation and validation messages).
 */
public record InputSignature(Schema schema, Set<String> required, Map<String, List<String>> categories) {
    /** At most this many categories per column are recorded in the signature. */
    public static final int MAX_RECORDED_CATEGORIES = 1000;

    public InputSignature {
        required = Set.copyOf(required);
        categories = Map.copyOf(categories);
    }

    /** The signature of a training frame; {@code discarded} columns are optional at prediction time. */
    public static InputSignature of(Frame features, Set<String> discarded) {
        Map<String, List<String>> cats = new LinkedHashMap<>();
        java.util.LinkedHashSet<String> req = new java.util.LinkedHashSet<>();
        for (Column c : features.columns()) {
            if (!discarded.contains(c.name())) {
                req.add(c.name());
            }
            if (c instanceof CategoricalColumn cc && cc.levelCount() <= MAX_RECORDED_CATEGORIES) {
                List<String> levels = new ArrayList<>(cc.levels());
                levels.sort(null);
                cats.put(c.name(), levels);
            }
        }
        return new InputSignature(features.schema(), req, cats);
    }

    /**
     * Lines up a scoring frame with the signature: checks required columns and types (one message
     * listing every problem), supplies absent optional columns as missing, drops extra columns and
     * returns their names in {@code extras}.
     */
    public Frame align(Frame input, List<String> extras) {
        List<String> problems = new ArrayList<>();
        List<Column> cols = new ArrayList<>(schema.size());
        for (Field f : schema.fields()) {
            if (!input.has(f.name())) {
                if (required.contains(f.name())) {
                    problems.add("missing required column '" + f.name() + "' (" + f.type().label() + ")" + Names.suggestion(f.name(), input.schema().names()));
                } else {
                    cols.add(nullColumn(f, input.rowCount()));
                }
                continue;
            }
            Column c = input.column(f.name());
            if ((f.type() == ColumnType.CATEGORICAL || f.type() == ColumnType.TEXT) && c.type() != ColumnType.CATEGORICAL
                    && c.type() != ColumnType.TEXT) {
                // A small scoring file can make a category look numeric (e.g. codes "12", "40"): read it as text.
                c = asStrings(c);
            }
            if (!Schema.compatible(c.type(), f.type())) {
                problems.add("column '" + f.name() + "' is " + c.type().label() + nonNumericExample(c, f.type())
                        + " but the model expects " + f.type().label());
            }
            cols.add(c);
        }
        if (!problems.isEmpty()) {
            throw ModelyardException.invalid(String.join("; ", problems));
        }
        for (String n : input.schema().names()) {
            if (!schema.contains(n)) {
                extras.add(n);
            }
        }
        return cols.isEmpty() ? Frame.empty(input.rowCount()) : Frame.of(cols);
    }

    /** For text where numbers are expected, the first offending value, so the user can find the bad cells. */
    private static String nonNumericExample(Column c, ColumnType expected) {
        if (!expected.isNumericSlot() || c.type().isNumericSlot()) {
            return "";
        }
        for (int i = 0; i < c.size(); i++) {
            String v = c.getString(i);
            if (v != null && !v.isBlank()) {
                try {
                    Double.parseDouble(v.trim());
                } catch (NumberFormatException e) {
                    return " (data row " + (i + 1) + " holds '" + (v.length() > 40 ? v.substring(0, 40) + "…" : v) + "', not a number)";
                }
            }
        }
        return "";
    }

    private static Column asStrings(Column c) {
        String[] v = new String[c.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = c.getString(i);
        }
        return CategoricalColumn.fromStrings(c.name(), v);
    }

    private static Column nullColumn(Field f, int rows) {
        BitSet all = new BitSet(rows);
        all.set(0, rows);
        return switch (f.type()) {
            case DOUBLE, BOOLEAN -> {
                double[] v = new double[rows];
                Arrays.fill(v, Double.NaN);
                yield DoubleColumn.owning(f.name(), v);
            }
            case LONG -> LongColumn.owning(f.name(), new long[rows], all);
            case TIMESTAMP -> TimestampColumn.owning(f.name(), new long[rows], all);
            case CATEGORICAL -> CategoricalColumn.owning(f.name(), filled(rows), new String[0]);
            case TEXT -> TextColumn.owning(f.name(), new String[rows]);
        };
    }

    private static int[] filled(int rows) {
        int[] codes = new int[rows];
        Arrays.fill(codes, -1);
        return codes;
    }
}
