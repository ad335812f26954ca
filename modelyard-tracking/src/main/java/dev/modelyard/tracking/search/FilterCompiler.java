package dev.modelyard.tracking.search;

import dev.modelyard.tracking.search.Filter.Comparison;
import dev.modelyard.tracking.search.Filter.Op;

import java.util.ArrayList;
import java.util.List;

/** Compiles a parsed filter to SQL over one domain's fields. User values are only ever bound, never spliced. */
public final class FilterCompiler {
    private final SearchFields fields;
    private final boolean prefixIndexes;
    private final String filterText;

    /**
     * @param prefixIndexes true on PostgreSQL, where long text columns are indexed by {@code left(col, 200)}
     *                      and equality tests add the matching prefix test so the index is used
     */
    public FilterCompiler(SearchFields fields, boolean prefixIndexes, String filterText) {
        this.fields = fields;
        this.prefixIndexes = prefixIndexes;
        this.filterText = filterText;
    }

    /** SQL for the whole filter; an empty filter compiles to {@code 1=1}. */
    public SqlFilter compile(Filter filter) {
        List<Object> binds = new ArrayList<>();
        StringBuilder sql = new StringBuilder();
        if (filter == null) {
            sql.append("1=1");
        } else {
            append(filter, sql, binds);
        }
        return new SqlFilter(sql.toString(), binds);
    }

    private void append(Filter f, StringBuilder sql, List<Object> binds) {
        switch (f) {
            case Filter.Or or -> join(or.parts(), " OR ", sql, binds);
            case Filter.And and -> join(and.parts(), " AND ", sql, binds);
            case Comparison c -> comparison(c, sql, binds);
        }
    }

    private void join(List<Filter> parts, String op, StringBuilder sql, List<Object> binds) {
        sql.append('(');
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                sql.append(op);
            }
            append(parts.get(i), sql, binds);
        }
        sql.append(')');
    }

    private void comparison(Comparison c, StringBuilder sql, List<Object> binds) {
        FieldSql field = fields.filterField(c.identifier());
        if (field == null) {
            throw FilterParser.errorAt(filterText, c.position(), "unknown field '" + c.identifier() + "'; known: " + fields.knownFields());
        }
        checkValues(c, field);
        boolean seek = field.kind() == FieldSql.Kind.STRING && (c.op() == Op.EQ || c.op() == Op.IN);
        if (field.correlated() != null && !seek) {
            field = field.correlated();
        }
        sql.append(field.prefix());
        binds.addAll(field.prefixBinds());
        String col = field.column();
        List<Object> values = c.values();
        boolean prefixed = prefixIndexes && field.prefixIndexed();
        switch (c.op()) {
            case EQ, NE, LT, LE, GT, GE -> {
                if (prefixed && c.op() == Op.EQ) {
                    sql.append("left(").append(col).append(", 200) = left(?, 200) AND ");
                    binds.add(values.getFirst());
                }
                sql.append(col).append(' ').append(c.op() == Op.NE ? "<>" : c.op().text()).append(" ?");
                binds.add(values.getFirst());
            }
            case LIKE -> {
                sql.append(col).append(" LIKE ?");
                binds.add(values.getFirst());
            }
            case ILIKE -> {
                sql.append("LOWER(").append(col).append(") LIKE LOWER(?)");
                binds.add(values.getFirst());
            }
            case IN, NOT_IN -> {
                String placeholders = "?" + ", ?".repeat(values.size() - 1);
                if (prefixed && c.op() == Op.IN) {
                    sql.append("left(").append(col).append(", 200) IN (")
                            .append(placeholders.replace("?", "left(?, 200)")).append(") AND ");
                    binds.addAll(values);
                }
                sql.append(col).append(c.op() == Op.IN ? " IN (" : " NOT IN (").append(placeholders).append(')');
                binds.addAll(values);
            }
        }
        sql.append(field.suffix());
    }

    private void checkValues(Comparison c, FieldSql field) {
        boolean number = field.kind() == FieldSql.Kind.NUMBER;
        if (number && (c.op() == Op.LIKE || c.op() == Op.ILIKE)) {
            throw FilterParser.errorAt(filterText, c.position(), "'" + c.identifier() + "' is numeric: " + c.op().text()
                    + " needs a text field; use =, !=, <, <=, >, >=, IN or NOT IN");
        }
        if (!number && c.op().ordering()) {
            throw FilterParser.errorAt(filterText, c.position(), "'" + c.identifier() + "' is text: use =, !=, LIKE, ILIKE, IN or NOT IN, not " + c.op().text());
        }
        for (Object v : c.values()) {
            if (number && !(v instanceof Double)) {
                throw FilterParser.errorAt(filterText, c.position(), "'" + c.identifier() + "' is numeric: expected a number, got '" + v + "'");
            }
            if (!number && !(v instanceof String)) {
                throw FilterParser.errorAt(filterText, c.position(), "'" + c.identifier() + "' is text: expected a quoted string such as '"
                        + numberText((Double) v) + "', got " + numberText((Double) v));
            }
        }
    }

    private static String numberText(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
}
