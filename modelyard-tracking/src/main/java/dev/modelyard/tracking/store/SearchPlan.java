package dev.modelyard.tracking.store;

import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.tracking.api.SearchRequest;
import dev.modelyard.tracking.search.FilterCompiler;
import dev.modelyard.tracking.search.FilterParser;
import dev.modelyard.tracking.search.OrderBy;
import dev.modelyard.tracking.search.OrderSql;
import dev.modelyard.tracking.search.PageToken;
import dev.modelyard.tracking.search.SearchFields;
import dev.modelyard.tracking.search.SqlFilter;

import java.util.ArrayList;
import java.util.List;

/**
 * A search compiled to one SQL statement: {@code select + order joins WHERE fixed AND filter ORDER BY … LIMIT
 * max+1 OFFSET o}. One extra row tells whether a next page exists.
 */
record SearchPlan(String sql, List<Object> binds, int maxResults, long offset, String fingerprint) {

    /**
     * @param select     e.g. {@code SELECT r.* FROM runs r}
     * @param fixedWhere conditions outside the user's filter (experiment ids, lifecycle), with binds
     * @param tiebreak   ORDER BY terms appended after the user's, ending with a unique column
     * @param scope      text identifying everything else that defines the result set, for page tokens
     */
    static SearchPlan of(String select, String fixedWhere, List<Object> fixedBinds, SearchFields fields,
                         SearchRequest request, int defaultMax, List<String> tiebreak, String scope, Dialect dialect) {
        int max = request.maxResults() <= 0 ? defaultMax : request.maxResults();
        if (max > SearchRequest.MAX_RESULTS_LIMIT) {
            throw ModelyardException.invalid("max_results " + max + " is above the limit of " + SearchRequest.MAX_RESULTS_LIMIT);
        }
        String filterText = request.filter() == null ? "" : request.filter();
        SqlFilter filter = new FilterCompiler(fields, dialect == Dialect.POSTGRESQL, filterText).compile(FilterParser.parse(filterText));
        StringBuilder joins = new StringBuilder();
        List<Object> joinBinds = new ArrayList<>();
        List<String> order = new ArrayList<>();
        List<OrderBy> orderBys = OrderBy.parseAll(request.orderBy());
        for (int i = 0; i < orderBys.size(); i++) {
            OrderBy ob = orderBys.get(i);
            OrderSql os = fields.orderField(ob.identifier(), "o" + i);
            if (os == null) {
                throw ModelyardException.invalid("invalid order_by '" + request.orderBy().get(i) + "': unknown field '"
                        + ob.identifier() + "'; known: " + fields.knownFields());
            }
            joins.append(os.join());
            joinBinds.addAll(os.joinBinds());
            // missing values sort last in both directions, as in MLflow; plain NULLS LAST (not a CASE) lets the
            // planner walk a (key, value) index in order and stop at the page size
            order.add(os.expression() + (ob.ascending() ? " ASC" : " DESC") + " NULLS LAST");
        }
        order.addAll(tiebreak);
        String fingerprint = scope + "|" + filterText + "|" + String.join(",", request.orderBy());
        long offset = PageToken.decode(request.pageToken(), fingerprint);
        String sql = select + joins + " WHERE " + fixedWhere + " AND " + filter.sql()
                + " ORDER BY " + String.join(", ", order) + " LIMIT ? OFFSET ?";
        List<Object> binds = new ArrayList<>(joinBinds);
        binds.addAll(fixedBinds);
        binds.addAll(filter.binds());
        binds.add((long) max + 1);
        binds.add(offset);
        return new SearchPlan(sql, binds, max, offset, fingerprint);
    }

    /** Trims the extra row and makes the next token. */
    <T> dev.modelyard.tracking.api.Page<T> page(List<T> rows) {
        if (rows.size() > maxResults) {
            return new dev.modelyard.tracking.api.Page<>(rows.subList(0, maxResults), PageToken.encode(offset + maxResults, fingerprint));
        }
        return new dev.modelyard.tracking.api.Page<>(rows, null);
    }
}
