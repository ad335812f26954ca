package dev.modelyard.tracking.search;

import java.util.List;

/**
 * Where a filter field lives in SQL: the condition is {@code prefix + <condition on column> + suffix}, e.g.
 * {@code r.id IN (SELECT run_id FROM params WHERE key = ? AND } {@code value = ?} {@code )}.
 * {@code prefixIndexed} marks text columns indexed by a 200-character prefix on PostgreSQL. {@code correlated},
 * when present, is the same field as a correlated {@code EXISTS}, used for range and negative tests: an
 * {@code IN (subquery)} over {@code value > x} would materialise half the table, while equality on a text value
 * is a selective index seek the planner can drive the whole query from.
 */
public record FieldSql(Kind kind, String prefix, List<Object> prefixBinds, String column, String suffix,
                       boolean prefixIndexed, FieldSql correlated) {
    public enum Kind { NUMBER, STRING }

    public FieldSql {
        prefixBinds = List.copyOf(prefixBinds);
    }

    public FieldSql(Kind kind, String prefix, List<Object> prefixBinds, String column, String suffix, boolean prefixIndexed) {
        this(kind, prefix, prefixBinds, column, suffix, prefixIndexed, null);
    }

    /** A plain column of the searched table. */
    public static FieldSql column(Kind kind, String column) {
        return new FieldSql(kind, "", List.of(), column, "", false);
    }

    /**
     * A key/value child table: {@code <idColumn> IN (SELECT <childId> FROM <table> WHERE key = ? AND …)} for
     * equality, {@code EXISTS (SELECT 1 FROM <table> x WHERE x.<childId> = <idColumn> AND x.key = ? AND …)} otherwise.
     */
    public static FieldSql child(Kind kind, String idColumn, String childId, String table, String key, boolean prefixIndexed) {
        FieldSql exists = new FieldSql(kind, "EXISTS (SELECT 1 FROM " + table + " x WHERE x." + childId + " = " + idColumn + " AND x.key = ? AND ",
                List.of(key), "x.value", ")", false);
        return new FieldSql(kind, idColumn + " IN (SELECT " + childId + " FROM " + table + " WHERE key = ? AND ",
                List.of(key), "value", ")", prefixIndexed, exists);
    }
}
