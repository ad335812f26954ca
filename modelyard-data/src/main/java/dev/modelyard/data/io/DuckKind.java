package dev.modelyard.data.io;

import java.util.Locale;

/** How a DuckDB column type is fetched over JDBC. */
enum DuckKind {
    BOOLEAN, INTEGER, WIDE_INTEGER, FLOAT, DECIMAL, DATE_TIME, TIMESTAMP_TZ, STRING, OTHER;

    static DuckKind of(String duckType) {
        String t = duckType.toUpperCase(Locale.ROOT);
        if (t.startsWith("DECIMAL")) {
            return DECIMAL;
        }
        return switch (t) {
            case "BOOLEAN" -> BOOLEAN;
            case "TINYINT", "SMALLINT", "INTEGER", "BIGINT", "UTINYINT", "USMALLINT", "UINTEGER" -> INTEGER;
            case "UBIGINT", "HUGEINT", "UHUGEINT" -> WIDE_INTEGER;
            case "FLOAT", "DOUBLE" -> FLOAT;
            case "DATE", "TIMESTAMP", "TIMESTAMP_S", "TIMESTAMP_MS", "TIMESTAMP_NS" -> DATE_TIME;
            case "TIMESTAMP WITH TIME ZONE" -> TIMESTAMP_TZ;
            case "VARCHAR" -> STRING;
            default -> OTHER;
        };
    }

    boolean isNumber() {
        return this == INTEGER || this == WIDE_INTEGER || this == FLOAT || this == DECIMAL;
    }
}
