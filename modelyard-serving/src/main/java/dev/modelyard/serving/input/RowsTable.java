package dev.modelyard.serving.input;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Rows as JSON arrays of values, with the column names given apart: MLflow's {@code dataframe_split}
 * ({@code columns} + {@code data}) or {@code instances}/{@code inputs} lists in the model's input order.
 */
final class RowsTable implements InputTable {
    private final List<String> columns;
    private final JsonNode data;

    RowsTable(List<String> columns, JsonNode data, String key) {
        this.columns = List.copyOf(columns);
        this.data = data;
        for (int i = 0; i < data.size(); i++) {
            JsonNode r = data.get(i);
            if (!r.isArray()) {
                throw new InputError(key, i, key + "[" + i + "] must be an array of " + columns.size() + " values, got " + JsonTables.kind(r));
            }
            if (r.size() != columns.size()) {
                throw new InputError(key, i, key + "[" + i + "] has " + r.size() + " values but " + columns.size()
                        + " columns are expected (" + String.join(", ", columns) + ")");
            }
        }
    }

    @Override public int rows() { return data.size(); }

    @Override public List<String> columns() { return columns; }

    @Override
    public Object value(int column, int row) {
        return data.get(row).get(column);
    }
}
