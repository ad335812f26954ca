package dev.modelyard.tracking.search;

import java.util.List;

/** A compiled filter: SQL with {@code ?} placeholders and the values to bind, in order. */
public record SqlFilter(String sql, List<Object> binds) {
    public SqlFilter {
        binds = List.copyOf(binds);
    }
}
