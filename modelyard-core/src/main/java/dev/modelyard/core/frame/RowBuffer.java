package dev.modelyard.core.frame;

import java.util.Arrays;

/**
 * One row in a reusable buffer, laid out by a {@link Schema}: numeric kinds (double, long, timestamp
 * as epoch millis, boolean as 0/1) in {@link #num} with NaN for missing; categorical and text in
 * {@link #str} with null for missing. Online scoring fills one of these per request and reuses it,
 * so nothing is allocated per row. Not thread-safe.
 */
public final class RowBuffer {
    private final Schema schema;
    /** Numeric slots, by column position. */
    public final double[] num;
    /** String slots, by column position. */
    public final String[] str;

    public RowBuffer(Schema schema) {
        this.schema = schema;
        this.num = new double[schema.size()];
        this.str = new String[schema.size()];
        clear();
    }

    public Schema schema() { return schema; }

    /** Marks every slot missing. */
    public void clear() {
        Arrays.fill(num, Double.NaN);
        Arrays.fill(str, null);
    }

    public RowBuffer set(String column, double value) {
        num[schema.require(column)] = value;
        return this;
    }

    public RowBuffer set(String column, String value) {
        str[schema.require(column)] = value;
        return this;
    }

    /** The slot as text, whichever side it lives on. */
    public String getString(int i) {
        if (schema.field(i).type().isNumericSlot()) {
            return Double.isNaN(num[i]) ? null : Double.toString(num[i]);
        }
        return str[i];
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < schema.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(schema.field(i).name()).append('=')
                    .append(schema.field(i).type().isNumericSlot() ? String.valueOf(num[i]) : str[i]);
        }
        return sb.append('}').toString();
    }
}
