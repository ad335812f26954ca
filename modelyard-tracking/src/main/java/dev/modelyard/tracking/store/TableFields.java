package dev.modelyard.tracking.store;

import dev.modelyard.tracking.search.FieldSql;
import dev.modelyard.tracking.search.FieldSql.Kind;
import dev.modelyard.tracking.search.Filter.Identifier;
import dev.modelyard.tracking.search.OrderSql;
import dev.modelyard.tracking.search.SearchFields;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Search fields of a table with named columns (bare or {@code attributes.}-prefixed) and {@code tags.<key>}:
 * experiments, registered models, model versions.
 */
final class TableFields implements SearchFields {
    static final TableFields EXPERIMENTS = new TableFields(
            Map.of("name", "e.name", "creation_time", "e.creation_time", "last_update_time", "e.last_update_time",
                    "experiment_id", "e.experiment_id"),
            Set.of("e.creation_time", "e.last_update_time", "e.experiment_id"),
            key -> FieldSql.child(Kind.STRING, "e.experiment_id", "experiment_id", "experiment_tags", key, false),
            "name, creation_time, last_update_time, tags.<key>");

    static final TableFields MODELS = new TableFields(
            Map.of("name", "m.name", "creation_timestamp", "m.creation_time", "last_updated_timestamp", "m.last_updated_time"),
            Set.of("m.creation_time", "m.last_updated_time"),
            key -> FieldSql.child(Kind.STRING, "m.id", "model_id", "registered_model_tags", key, false),
            "name, creation_timestamp, last_updated_timestamp, tags.<key>");

    static final TableFields VERSIONS = new TableFields(
            Map.of("name", "m.name", "version_number", "v.version", "run_id", "v.run_id", "source_path", "v.source",
                    "current_stage", "v.current_stage", "creation_timestamp", "v.creation_time", "last_updated_timestamp", "v.last_updated_time"),
            Set.of("v.version", "v.creation_time", "v.last_updated_time"),
            key -> new FieldSql(Kind.STRING, "EXISTS (SELECT 1 FROM model_version_tags t WHERE t.model_id = v.model_id AND t.version = v.version"
                    + " AND t.key = ? AND ", List.of(key), "t.value", ")", false),
            "name, version_number, run_id, source_path, current_stage, creation_timestamp, last_updated_timestamp, tags.<key>");

    private final Map<String, String> columns;
    private final Set<String> numeric;
    private final Function<String, FieldSql> tag;
    private final String known;

    private TableFields(Map<String, String> columns, Set<String> numeric, Function<String, FieldSql> tag, String known) {
        this.columns = columns;
        this.numeric = numeric;
        this.tag = tag;
        this.known = known;
    }

    @Override
    public FieldSql filterField(Identifier id) {
        if ("tags".equals(id.type()) || "tag".equals(id.type())) {
            return tag.apply(id.key());
        }
        String column = column(id);
        return column == null ? null : FieldSql.column(numeric.contains(column) ? Kind.NUMBER : Kind.STRING, column);
    }

    @Override
    public OrderSql orderField(Identifier id, String alias) {
        String column = column(id);
        return column == null ? null : OrderSql.column(column);
    }

    private String column(Identifier id) {
        if (id.type() != null && !id.type().startsWith("attr")) {
            return null;
        }
        return columns.get(id.key().toLowerCase(Locale.ROOT));
    }

    @Override
    public String knownFields() {
        return known;
    }
}
