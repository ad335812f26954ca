package dev.modelyard.tracking.api;

import java.util.List;

/** MLflow's Experiment: id is a string on the wire; times are epoch ms. */
public record Experiment(String experimentId, String name, String artifactLocation, LifecycleStage lifecycleStage,
                         long lastUpdateTime, long creationTime, List<Tag> tags) {
    public Experiment {
        tags = List.copyOf(tags);
    }
}
