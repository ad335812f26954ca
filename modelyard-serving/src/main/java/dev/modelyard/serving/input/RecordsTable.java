package dev.modelyard.serving.input;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Rows as JSON objects, {@code [{"a":1,"b":"x"}, …]}; a key absent from a record is absent for that row. */
final class RecordsTable implements InputTable {
    private final List<JsonNode> rows;
    private final List<String> columns;

    RecordsTable(JsonNode array, String key) {
        rows = new ArrayList<>(array.size());
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode r = array.get(i);
            if (!r.isObject()) {
                throw new InputError(key, i, key + "[" + i + "] must be an object of feature values, got " + JsonTables.kind(r));
            }
            rows.add(r);
            for (Iterator<String> it = r.fieldNames(); it.hasNext(); ) {
                names.add(it.next());
            }
        }
        columns = List.copyOf(names);
    }

    @Override public int rows() { return rows.size(); }

    @Override public List<String> columns() { return columns; }

    @Override
    public Object value(int column, int row) {
        return rows.get(row).get(columns.get(column));
    }
}
