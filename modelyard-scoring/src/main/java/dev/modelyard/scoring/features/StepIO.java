package dev.modelyard.scoring.features;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelyard.core.frame.ColumnType;
import dev.modelyard.core.frame.Field;
import dev.modelyard.core.frame.Schema;
import dev.modelyard.core.json.Json;
import dev.modelyard.scoring.bundle.StepState;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * How the feature steps write their fitted state as JSON: the handled schema as
 * {@code [{"name":..,"type":..}]}, string lists as arrays. Numbers go to binary payloads
 * ({@link dev.modelyard.scoring.bundle.Payloads}) so they round-trip bit for bit.
 */
final class StepIO {
    private StepIO() {}

    static ArrayNode schema(Schema s) {
        ArrayNode a = Json.array();
        for (Field f : s.fields()) {
            ObjectNode o = a.addObject();
            o.put("name", f.name());
            o.put("type", f.type().label());
        }
        return a;
    }

    static Schema schema(StepState st, String field) {
        JsonNode a = st.require(field);
        if (!a.isArray()) {
            throw st.corrupt("'" + field + "' is not an array");
        }
        List<Field> out = new ArrayList<>();
        for (JsonNode o : a) {
            JsonNode name = o.get("name");
            JsonNode type = o.get("type");
            if (name == null || !name.isTextual() || type == null || !type.isTextual()) {
                throw st.corrupt("'" + field + "' entries need a text name and type");
            }
            try {
                out.add(new Field(name.asText(), ColumnType.parse(type.asText())));
            } catch (RuntimeException e) {
                throw st.corrupt("column '" + name.asText() + "': " + e.getMessage());
            }
        }
        return Schema.of(out);
    }

    static List<String> strings(StepState st, JsonNode node, String what) {
        if (node == null || !node.isArray()) {
            throw st.corrupt("'" + what + "' is not an array");
        }
        List<String> out = new ArrayList<>(node.size());
        for (JsonNode n : node) {
            if (!n.isTextual()) {
                throw st.corrupt("'" + what + "' holds a non-text entry");
            }
            out.add(n.asText());
        }
        return out;
    }

    /** A payload of doubles that must hold exactly {@code expected} values. */
    static double[] doubles(StepState st, String name, int expected) {
        double[] v = dev.modelyard.scoring.bundle.Payloads.toDoubles(st.payload(name));
        if (v.length != expected) {
            throw st.corrupt("payload '" + name + "' holds " + v.length + " values, expected " + expected);
        }
        return v;
    }

    /** The handled columns' schema plus {@code "levels"}: one list of level names per column, in order. */
    static ObjectNode withLevels(List<ColumnLevels> columns) {
        ObjectNode o = withSchema(Schema.of(columns.stream().map(ColumnLevels::field).toList()));
        ArrayNode lv = o.putArray("levels");
        columns.forEach(c -> lv.add(Json.strings(c.levels())));
        return o;
    }

    /** What {@link #withLevels} wrote; a column listing a level twice is corrupt (its codes would be ambiguous). */
    static List<ColumnLevels> columnLevels(StepState st) {
        Schema handled = schema(st, "columns");
        JsonNode lv = st.require("levels");
        if (!lv.isArray() || lv.size() != handled.size()) {
            throw st.corrupt("'levels' must have one list per column");
        }
        List<ColumnLevels> out = new ArrayList<>(handled.size());
        for (int h = 0; h < handled.size(); h++) {
            List<String> levels = strings(st, lv.get(h), "levels");
            if (new HashSet<>(levels).size() != levels.size()) {
                throw st.corrupt("column '" + handled.field(h).name() + "' lists a level twice");
            }
            out.add(new ColumnLevels(handled.field(h), levels));
        }
        return out;
    }

    static ObjectNode withSchema(Schema handled) {
        ObjectNode o = Json.object();
        o.set("columns", schema(handled));
        return o;
    }
}
