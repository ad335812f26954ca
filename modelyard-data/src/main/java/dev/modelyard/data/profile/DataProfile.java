package dev.modelyard.data.profile;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelyard.core.json.Json;
import java.util.List;

/** A summary of a whole frame: row count and one {@link ColumnProfile} per column. */
public record DataProfile(int rows, List<ColumnProfile> columns) {
    public DataProfile {
        columns = List.copyOf(columns);
    }

    /** The text {@code modelyard profile FILE} prints. */
    public String render() {
        StringBuilder sb = new StringBuilder();
        sb.append(rows).append(" rows, ").append(columns.size()).append(" columns\n");
        for (ColumnProfile c : columns) {
            sb.append('\n').append(c.render());
        }
        return sb.toString();
    }

    /** The profile as JSON, for scripts. */
    public ObjectNode toJson() {
        ObjectNode o = Json.object();
        o.put("rows", rows);
        ArrayNode cols = o.putArray("columns");
        for (ColumnProfile c : columns) {
            cols.add(c.toJson());
        }
        return o;
    }
}
