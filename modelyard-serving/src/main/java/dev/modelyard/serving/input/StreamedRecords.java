package dev.modelyard.serving.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The serving fast path for the shape nearly every scoring request has: one object holding {@code records},
 * {@code dataframe_records} or {@code instances} as an array of flat objects, and optionally a scalar
 * {@code request_key}. Decoded token by token into a table, without the JSON tree of the whole body (which
 * was a fifth of the bytes a one-row request allocated). Any other shape, and any doubt (nested values,
 * {@code parameters}, two table keys, malformed or trailing JSON, an empty array), gives null: the caller then
 * takes the tree path ({@link JsonTables}), which owns every message, so answers are the same either way.
 */
public final class StreamedRecords {
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** A decoded body: its rows, and its top-level {@code request_key} as text (or null). */
    public record Decoded(InputTable table, String requestKey) {}

    private StreamedRecords() {}

    /** The decoded body, or null when it is not the common shape (see the class comment). */
    public static Decoded tryDecode(byte[] body) {
        try (JsonParser p = FACTORY.createParser(body)) {
            return p.nextToken() == JsonToken.START_OBJECT ? root(p) : null;
        } catch (IOException e) {
            return null; // malformed: the tree path reports where
        }
    }

    private static Decoded root(JsonParser p) throws IOException {
        Table table = null;
        String key = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken v = p.nextToken();
            switch (name) {
                case "records", "dataframe_records", "instances" -> {
                    if (table != null || v != JsonToken.START_ARRAY) {
                        return null;
                    }
                    table = records(p);
                    if (table == null) {
                        return null;
                    }
                }
                case "request_key" -> {
                    JsonNode k = scalar(p, v);
                    if (k == null) {
                        return null;
                    }
                    key = k.isNull() ? null : k.asText(); // the text the tree path would take
                }
                case "columns", "dataframe_split", "inputs", "parameters" -> {
                    return null;
                }
                default -> p.skipChildren(); // the tree path ignores other keys too
            }
        }
        if (table == null || p.nextToken() != null) {
            return null;
        }
        return new Decoded(table, key);
    }

    /** The array the parser is on, if every element is a flat object; else null. */
    private static Table records(JsonParser p) throws IOException {
        Columns columns = new Columns();
        List<JsonNode[]> rows = new ArrayList<>();
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.START_OBJECT) {
            JsonNode[] row = new JsonNode[Math.max(columns.size(), 8)];
            int at = 0;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonNode value = scalar(p, p.nextToken());
                if (value == null) {
                    return null;
                }
                int c = columns.of(name, at++);
                if (c >= row.length) {
                    row = Arrays.copyOf(row, Math.max(c + 1, row.length * 2));
                }
                row[c] = value; // a repeated key keeps its last value, as the tree does
            }
            rows.add(row);
        }
        return t == JsonToken.END_ARRAY && !rows.isEmpty() ? new Table(List.copyOf(columns.names), rows) : null;
    }

    /**
     * Column names in first-seen order. Records nearly always list their keys in one order, so a key's position
     * in its record is tried first; else a scan while there are few columns (a hash map per one-row request cost
     * more than the scan), and a map beyond that, so wide or shuffled bodies stay linear.
     */
    private static final class Columns {
        private static final int SCAN_LIMIT = 32;
        final List<String> names = new ArrayList<>();
        private Map<String, Integer> index;

        int size() { return names.size(); }

        int of(String name, int position) {
            if (position < names.size() && names.get(position).equals(name)) {
                return position;
            }
            int c;
            if (index != null) {
                c = index.getOrDefault(name, -1);
            } else {
                c = names.indexOf(name);
            }
            if (c < 0) {
                c = names.size();
                names.add(name);
                if (index != null) {
                    index.put(name, c);
                } else if (names.size() > SCAN_LIMIT) {
                    index = new HashMap<>();
                    for (int i = 0; i < names.size(); i++) {
                        index.put(names.get(i), i);
                    }
                }
            }
            return c;
        }
    }

    /** The node Jackson's tree would hold for a scalar token; null for anything else. */
    private static JsonNode scalar(JsonParser p, JsonToken t) throws IOException {
        return switch (t) {
            case VALUE_STRING -> NODES.textNode(p.getText());
            case VALUE_NUMBER_INT -> switch (p.getNumberType()) {
                case INT -> NODES.numberNode(p.getIntValue());
                case LONG -> NODES.numberNode(p.getLongValue());
                default -> NODES.numberNode(p.getBigIntegerValue());
            };
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(p.getDoubleValue());
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            default -> null;
        };
    }

    /** Records as rows of cells by column; a cell a record did not carry is Java null (absent), as in {@link RecordsTable}. */
    private record Table(List<String> columns, List<JsonNode[]> cells) implements InputTable {
        @Override public int rows() { return cells.size(); }

        @Override
        public Object value(int column, int row) {
            JsonNode[] r = cells.get(row);
            return column < r.length ? r[column] : null;
        }
    }
}
