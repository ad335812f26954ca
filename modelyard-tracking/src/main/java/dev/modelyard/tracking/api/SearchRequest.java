package dev.modelyard.tracking.api;

import java.util.List;

/**
 * A filtered, ordered, paged search. {@code filter} may be null or blank (everything); {@code orderBy} entries
 * look like {@code "metrics.auc DESC"} or {@code "name"}; {@code pageToken} is null for the first page.
 */
public record SearchRequest(String filter, int maxResults, List<String> orderBy, String pageToken) {
    /** MLflow's largest page. */
    public static final int MAX_RESULTS_LIMIT = 50_000;

    public SearchRequest {
        orderBy = orderBy == null ? List.of() : List.copyOf(orderBy);
    }

    public static SearchRequest all(int maxResults) { return new SearchRequest(null, maxResults, List.of(), null); }
}
