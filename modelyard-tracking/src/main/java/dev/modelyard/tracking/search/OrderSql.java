package dev.modelyard.tracking.search;

import java.util.List;

/** How to order by a field: an optional LEFT JOIN (with its binds) and the expression to sort on. */
public record OrderSql(String join, List<Object> joinBinds, String expression) {
    public OrderSql {
        joinBinds = List.copyOf(joinBinds);
    }

    public static OrderSql column(String expression) {
        return new OrderSql("", List.of(), expression);
    }
}
