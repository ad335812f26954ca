package dev.modelyard.data.io;

import dev.modelyard.core.frame.ColumnType;
import java.util.Set;

/** For one column: the SQL expression that fetches it and the sink that collects it. */
record ColumnPlan(String name, String expression, ColumnType nativeType, ColumnType forcedText) {

    /** Native fetch when DuckDB's type already fits the wanted one; otherwise text, parsed by {@link StringSink}. */
    static ColumnPlan of(String name, DuckKind kind, ColumnType wanted) {
        String id = DuckSql.ident(name);
        // Text travels as UTF-8 bytes (encode gives a BLOB): the driver would decode every cell into a String.
        String text = "encode(CAST(" + id + " AS VARCHAR)) AS " + id;
        if (wanted == null) {
            return switch (kind) {
                case BOOLEAN -> new ColumnPlan(name, id, ColumnType.BOOLEAN, null);
                case INTEGER -> new ColumnPlan(name, id, ColumnType.LONG, null);
                case WIDE_INTEGER -> new ColumnPlan(name, "CAST(" + id + " AS BIGINT) AS " + id, ColumnType.LONG, null);
                case FLOAT -> new ColumnPlan(name, id, ColumnType.DOUBLE, null);
                case DECIMAL -> new ColumnPlan(name, "CAST(" + id + " AS DOUBLE) AS " + id, ColumnType.DOUBLE, null);
                case DATE_TIME -> new ColumnPlan(name, "epoch_ms(CAST(" + id + " AS TIMESTAMP)) AS " + id, ColumnType.TIMESTAMP, null);
                case TIMESTAMP_TZ -> new ColumnPlan(name, "epoch_ms(" + id + ") AS " + id, ColumnType.TIMESTAMP, null);
                case STRING -> new ColumnPlan(name, "encode(" + id + ") AS " + id, null, null);
                case OTHER -> new ColumnPlan(name, text, null, null);
            };
        }
        return switch (wanted) {
            case LONG -> kind == DuckKind.INTEGER || kind == DuckKind.WIDE_INTEGER || kind == DuckKind.BOOLEAN
                    ? new ColumnPlan(name, "CAST(" + id + " AS BIGINT) AS " + id, ColumnType.LONG, null)
                    : new ColumnPlan(name, text, null, ColumnType.LONG);
            case DOUBLE -> kind.isNumber() || kind == DuckKind.BOOLEAN
                    ? new ColumnPlan(name, "CAST(" + id + " AS DOUBLE) AS " + id, ColumnType.DOUBLE, null)
                    : new ColumnPlan(name, text, null, ColumnType.DOUBLE);
            case BOOLEAN -> kind == DuckKind.BOOLEAN
                    ? new ColumnPlan(name, id, ColumnType.BOOLEAN, null)
                    : new ColumnPlan(name, text, null, ColumnType.BOOLEAN);
            case TIMESTAMP -> kind == DuckKind.DATE_TIME || kind == DuckKind.TIMESTAMP_TZ
                    ? of(name, kind, null)
                    : new ColumnPlan(name, text, null, ColumnType.TIMESTAMP);
            case CATEGORICAL, TEXT -> new ColumnPlan(name, text, null, wanted);
        };
    }

    ColumnSink sink(Set<String> missing, ReadOptions options) {
        if (nativeType == null) {
            return new StringSink(name, missing, forcedText, options, false);
        }
        return switch (nativeType) {
            case LONG -> new ColumnSink.Longs(name);
            case DOUBLE -> new ColumnSink.Doubles(name);
            case BOOLEAN -> new ColumnSink.Booleans(name);
            case TIMESTAMP -> new ColumnSink.Timestamps(name);
            default -> throw new IllegalStateException("no native sink for " + nativeType);
        };
    }
}
