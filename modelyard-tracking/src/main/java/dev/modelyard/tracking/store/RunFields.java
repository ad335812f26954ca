package dev.modelyard.tracking.store;

import dev.modelyard.tracking.search.FieldSql;
import dev.modelyard.tracking.search.FieldSql.Kind;
import dev.modelyard.tracking.search.Filter.Identifier;
import dev.modelyard.tracking.search.OrderSql;
import dev.modelyard.tracking.search.SearchFields;

import java.util.List;
import java.util.Locale;

/** Runs search fields over {@code runs r}: metrics/params/tags by key, attributes, dataset name/digest/context. */
final class RunFields implements SearchFields {
    static final RunFields INSTANCE = new RunFields();

    @Override
    public FieldSql filterField(Identifier id) {
        String type = id.type() == null ? "attributes" : id.type();
        return switch (type) {
            case "metric", "metrics" -> FieldSql.child(Kind.NUMBER, "r.id", "run_id", "latest_metrics", id.key(), false);
            case "param", "params", "parameter", "parameters" -> FieldSql.child(Kind.STRING, "r.id", "run_id", "params", id.key(), true);
            case "tag", "tags" -> FieldSql.child(Kind.STRING, "r.id", "run_id", "tags", id.key(), true);
            case "attribute", "attributes", "attr", "run" -> attribute(id.key());
            case "dataset", "datasets" -> dataset(id.key());
            default -> null;
        };
    }

    private static FieldSql attribute(String name) {
        String column = attributeColumn(name);
        if (column == null) {
            return null;
        }
        boolean number = column.endsWith("_time");
        return FieldSql.column(number ? Kind.NUMBER : Kind.STRING, column);
    }

    private static String attributeColumn(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "status" -> "r.status";
            case "run_name", "runname" -> "r.name";
            case "start_time", "created" -> "r.start_time";
            case "end_time" -> "r.end_time";
            case "run_id", "run_uuid" -> "r.run_uuid";
            case "user_id" -> "r.user_id";
            case "artifact_uri" -> "r.artifact_uri";
            case "lifecycle_stage" -> "r.lifecycle_stage";
            default -> null;
        };
    }

    private static FieldSql dataset(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "name" -> new FieldSql(Kind.STRING, "r.id IN (SELECT run_id FROM run_inputs WHERE ", List.of(), "name", ")", false);
            case "digest" -> new FieldSql(Kind.STRING, "r.id IN (SELECT run_id FROM run_inputs WHERE ", List.of(), "digest", ")", false);
            case "context" -> new FieldSql(Kind.STRING, "r.id IN (SELECT run_id FROM run_input_tags WHERE key = ? AND ",
                    List.of("mlflow.data.context"), "value", ")", false);
            default -> null;
        };
    }

    @Override
    public OrderSql orderField(Identifier id, String alias) {
        String type = id.type() == null ? "attributes" : id.type();
        String table = switch (type) {
            case "metric", "metrics" -> "latest_metrics";
            case "param", "params", "parameter", "parameters" -> "params";
            case "tag", "tags" -> "tags";
            default -> null;
        };
        if (table != null) {
            return new OrderSql(" LEFT JOIN " + table + " " + alias + " ON " + alias + ".run_id = r.id AND " + alias + ".key = ?",
                    List.of(id.key()), alias + ".value");
        }
        if (type.equals("attribute") || type.equals("attributes") || type.equals("attr") || type.equals("run")) {
            String column = attributeColumn(id.key());
            return column == null ? null : OrderSql.column(column);
        }
        return null;
    }

    @Override
    public String knownFields() {
        return "metrics.<key>, params.<key>, tags.<key>, attributes.(status|run_name|start_time|end_time|run_id|user_id|"
                + "artifact_uri|lifecycle_stage), dataset.(name|digest|context)";
    }
}
