package dev.modelyard.tracking.api;

import java.util.List;

/** MLflow's RunData: the latest point per metric key (max step, then max timestamp), params and tags. */
public record RunData(List<Metric> metrics, List<Param> params, List<Tag> tags) {
    public RunData {
        metrics = List.copyOf(metrics);
        params = List.copyOf(params);
        tags = List.copyOf(tags);
    }
}
