package dev.modelyard.tracking.api;

import java.util.List;

/**
 * A runs search: {@code experimentIds} empty means every experiment (beyond MLflow); filter grammar as MLflow's
 * plus OR, parentheses and IN everywhere.
 */
public record RunSearch(List<String> experimentIds, String filter, ViewType viewType, int maxResults,
                        List<String> orderBy, String pageToken) {
    public RunSearch {
        experimentIds = experimentIds == null ? List.of() : List.copyOf(experimentIds);
        viewType = viewType == null ? ViewType.ACTIVE_ONLY : viewType;
        orderBy = orderBy == null ? List.of() : List.copyOf(orderBy);
    }

    /** The shared part as a {@link SearchRequest}. */
    public SearchRequest request() { return new SearchRequest(filter, maxResults, orderBy, pageToken); }
}
