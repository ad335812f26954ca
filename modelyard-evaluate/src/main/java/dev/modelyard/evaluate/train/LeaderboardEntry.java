package dev.modelyard.evaluate.train;

import dev.modelyard.evaluate.metrics.MetricSummary;
import java.util.Map;

/** One learner's cross-validated result: the deciding metric, every metric, and the mean fit time per fold. */
public record LeaderboardEntry(String learner, String metric, MetricSummary score, Map<String, MetricSummary> metrics,
                               double fitSecondsPerFold) {
    public LeaderboardEntry {
        metrics = Map.copyOf(metrics);
    }
}
