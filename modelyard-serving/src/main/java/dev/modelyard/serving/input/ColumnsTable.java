package dev.modelyard.serving.input;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Rows as one JSON array per column, {@code {"a":[1,2], "b":["x","y"]}}; every array must have the same length. */
final class ColumnsTable implements InputTable {
    private final List<String> columns = new ArrayList<>();
    private final List<JsonNode> values = new ArrayList<>();
    private final int rows;

    ColumnsTable(JsonNode object, String key) {
        int n = -1;
        String first = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            if (!v.isArray()) {
                throw new InputError(e.getKey(), key + "." + e.getKey() + " must be an array of values (one per row), got " + JsonTables.kind(v));
            }
            if (n >= 0 && v.size() != n) {
                throw new InputError(e.getKey(), "column '" + e.getKey() + "' has " + v.size() + " values but '" + first
                        + "' has " + n + ": every column needs one value per row");
            }
            if (n < 0) {
                n = v.size();
                first = e.getKey();
            }
            columns.add(e.getKey());
            values.add(v);
        }
        rows = Math.max(n, 0);
    }

    @Override public int rows() { return rows; }

    @Override public List<String> columns() { return columns; }

    @Override
    public Object value(int column, int row) {
        return values.get(column).get(row);
    }
}
