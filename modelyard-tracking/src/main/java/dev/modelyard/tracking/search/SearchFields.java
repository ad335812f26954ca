package dev.modelyard.tracking.search;

import dev.modelyard.tracking.search.Filter.Identifier;

/** The fields one search domain (runs, experiments, models, versions) offers to filters and order_by. */
public interface SearchFields {

    /** The SQL for a filter field, or null when the domain has no such field. */
    FieldSql filterField(Identifier id);

    /** The SQL for an order_by field, or null when unknown; {@code alias} is a unique table alias for a join. */
    OrderSql orderField(Identifier id, String alias);

    /** What to tell a user who named an unknown field. */
    String knownFields();
}
