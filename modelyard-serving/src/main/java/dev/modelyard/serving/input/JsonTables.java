package dev.modelyard.serving.input;

import com.fasterxml.jackson.databind.JsonNode;
import dev.modelyard.scoring.pipeline.InputSignature;
import java.util.ArrayList;
import java.util.List;

/**
 * Recognises the JSON request shapes: Modelyard's {@code records} (list of objects) and {@code columns}
 * (object of arrays); MLflow's {@code dataframe_split} ({@code columns}, {@code data}), {@code dataframe_records},
 * {@code instances} (objects, or value lists in the model's input order) and {@code inputs} (object of columns
 * or a list), and MLflow 1.x's unwrapped {@code {"columns": [...], "data": [...]}}; and a bare list of records.
 * Exactly one of these keys must be present.
 */
public final class JsonTables {
    /** The accepted top-level keys, for messages. */
    public static final List<String> KEYS = List.of("records", "columns", "dataframe_split", "dataframe_records", "instances", "inputs");

    private JsonTables() {}

    public static InputTable of(JsonNode root, InputSignature signature) {
        if (root == null || root.isMissingNode()) {
            throw new InputError(null, "the request body is empty: send a JSON object with one of " + String.join(", ", KEYS));
        }
        if (root.isArray()) {
            return list(root, "body", signature);
        }
        if (!root.isObject()) {
            throw new InputError(null, "the request body must be a JSON object or array, got " + kind(root));
        }
        String key = null;
        for (String k : KEYS) {
            if (root.has(k)) {
                if (key != null) {
                    throw new InputError(k, "the body has both '" + key + "' and '" + k + "': send exactly one");
                }
                key = k;
            }
        }
        if (key == null) {
            throw new InputError(null, "the body holds none of " + String.join(", ", KEYS)
                    + " (e.g. {\"records\": [{\"feature\": value, …}]})");
        }
        JsonNode v = root.get(key);
        return switch (key) {
            case "records", "dataframe_records" -> new RecordsTable(array(v, key), key);
            // MLflow 1.x "pandas-split" sends {"columns": [names], "data": [[row], …]} without a wrapper.
            case "columns" -> v.isArray() && root.has("data") ? split(root) : new ColumnsTable(object(v, key), key);
            case "dataframe_split" -> split(object(v, key));
            case "instances" -> list(array(v, key), key, signature);
            default -> v.isObject() ? new ColumnsTable(v, key) : list(array(v, key), key, signature);
        };
    }

    private static InputTable split(JsonNode split) {
        JsonNode cols = split.path("columns");
        if (!cols.isArray()) {
            throw new InputError("dataframe_split.columns", "dataframe_split.columns must be an array of column names");
        }
        List<String> names = new ArrayList<>();
        for (JsonNode c : cols) {
            if (!c.isTextual()) {
                throw new InputError("dataframe_split.columns", "dataframe_split.columns must hold strings, got " + kind(c));
            }
            names.add(c.textValue());
        }
        return new RowsTable(names, array(split.path("data"), "dataframe_split.data"), "dataframe_split.data");
    }

    /** A list of objects (records) or of value lists (the model's input order). */
    private static InputTable list(JsonNode arr, String key, InputSignature signature) {
        if (arr.isEmpty() || arr.get(0).isObject()) {
            return new RecordsTable(arr, key);
        }
        List<String> names = signature.schema().names();
        if (arr.get(0).isArray()) {
            return new RowsTable(names, arr, key);
        }
        throw new InputError(key, 0, key + "[0] must be an object of feature values or an array of "
                + names.size() + " values in the order " + String.join(", ", names) + ", got " + kind(arr.get(0)));
    }

    private static JsonNode array(JsonNode v, String key) {
        if (v == null || !v.isArray()) {
            throw new InputError(key, "'" + key + "' must be an array, got " + kind(v));
        }
        return v;
    }

    private static JsonNode object(JsonNode v, String key) {
        if (v == null || !v.isObject()) {
            throw new InputError(key, "'" + key + "' must be an object, got " + kind(v));
        }
        return v;
    }

    static String kind(JsonNode n) {
        if (n == null || n.isMissingNode()) {
            return "nothing";
        }
        return switch (n.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> n.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
