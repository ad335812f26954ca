package dev.modelyard.monitoring.log;

import com.fasterxml.jackson.databind.JsonNode;
import dev.modelyard.core.frame.BooleanColumn;
import dev.modelyard.core.frame.CategoricalColumn;
import dev.modelyard.core.frame.Column;
import dev.modelyard.core.frame.ColumnType;
import dev.modelyard.core.frame.DoubleColumn;
import dev.modelyard.core.frame.Field;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.core.frame.LongColumn;
import dev.modelyard.core.frame.RowBuffer;
import dev.modelyard.core.frame.Schema;
import dev.modelyard.core.frame.TextColumn;
import dev.modelyard.core.frame.TimestampColumn;
import dev.modelyard.monitoring.log.LogLine.BadLine;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Collects the {@code features} objects of log lines into typed columns of the model's input schema. The log
 * holds what the model saw: numbers (timestamps as epoch millis, booleans as 0/1) for numeric slots and strings
 * for categories and text, null for missing. A feature absent from a line is missing; features the schema does
 * not know are ignored.
 */
final class FeatureColumns {
    private final Schema schema;
    private final RowBuffer row;
    private final List<Doubles> num = new ArrayList<>();
    private final List<List<String>> str = new ArrayList<>();

    FeatureColumns(Schema schema) {
        this.schema = schema;
        this.row = new RowBuffer(schema);
        for (Field f : schema.fields()) {
            num.add(f.type().isNumericSlot() ? new Doubles() : null);
            str.add(f.type().isNumericSlot() ? null : new ArrayList<>());
        }
    }

    /** Reads a line's features into the pending row, or says which value does not fit its type. */
    void read(JsonNode features) throws BadLine {
        row.clear();
        for (int j = 0; j < schema.size(); j++) {
            Field f = schema.field(j);
            JsonNode v = features.get(f.name());
            if (v == null || v.isNull()) {
                continue;
            }
            if (!f.type().isNumericSlot()) {
                if (!v.isValueNode()) {
                    throw new BadLine("feature '" + f.name() + "' is not a value: " + abbreviate(v));
                }
                row.str[j] = v.isIntegralNumber() ? Long.toString(v.longValue()) : v.asText();
            } else {
                row.num[j] = number(f, v);
            }
        }
    }

    /** Appends the pending row. */
    void append() {
        for (int j = 0; j < schema.size(); j++) {
            if (num.get(j) != null) {
                num.get(j).add(row.num[j]);
            } else {
                str.get(j).add(row.str[j]);
            }
        }
    }

    Frame finish(int rows) {
        List<Column> cols = new ArrayList<>(schema.size());
        for (int j = 0; j < schema.size(); j++) {
            Field f = schema.field(j);
            cols.add(num.get(j) != null ? numeric(f, num.get(j).toArray()) : strings(f, str.get(j).toArray(String[]::new)));
        }
        return cols.isEmpty() ? Frame.empty(rows) : Frame.of(cols);
    }

    private static double number(Field f, JsonNode v) throws BadLine {
        double d;
        if (v.isNumber()) {
            d = v.doubleValue();
        } else if (v.isBoolean()) {
            d = v.booleanValue() ? 1 : 0;
        } else {
            throw new BadLine("feature '" + f.name() + "' should be a number (" + f.type().label() + "), not " + abbreviate(v));
        }
        boolean fits = switch (f.type()) {
            case LONG, TIMESTAMP -> d == Math.rint(d) && Double.isFinite(d);
            case BOOLEAN -> d == 0 || d == 1;
            default -> Double.isFinite(d);
        };
        if (!fits) {
            throw new BadLine("feature '" + f.name() + "' is " + v.asText() + ", not a valid " + f.type().label());
        }
        return d;
    }

    private static Column numeric(Field f, double[] v) {
        if (f.type() == ColumnType.DOUBLE) {
            return DoubleColumn.owning(f.name(), v);
        }
        BitSet nulls = new BitSet(v.length);
        long[] l = new long[v.length];
        boolean[] b = new boolean[v.length];
        for (int i = 0; i < v.length; i++) {
            if (Double.isNaN(v[i])) {
                nulls.set(i);
            } else {
                l[i] = (long) v[i];
                b[i] = v[i] != 0;
            }
        }
        return switch (f.type()) {
            case LONG -> LongColumn.owning(f.name(), l, nulls);
            case TIMESTAMP -> TimestampColumn.owning(f.name(), l, nulls);
            default -> BooleanColumn.of(f.name(), b, nulls);
        };
    }

    private static Column strings(Field f, String[] v) {
        return f.type() == ColumnType.TEXT ? TextColumn.owning(f.name(), v) : CategoricalColumn.fromStrings(f.name(), v);
    }

    static String abbreviate(JsonNode v) {
        String s = v.toString();
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
