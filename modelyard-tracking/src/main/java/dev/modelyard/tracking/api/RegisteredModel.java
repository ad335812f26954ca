package dev.modelyard.tracking.api;

import java.util.List;

/** MLflow's RegisteredModel; {@code latestVersions} holds the latest version per stage. */
public record RegisteredModel(String name, long creationTimestamp, long lastUpdatedTimestamp, String description,
                              List<ModelVersion> latestVersions, List<Tag> tags, List<RegisteredModelAlias> aliases) {
    public RegisteredModel {
        latestVersions = List.copyOf(latestVersions);
        tags = List.copyOf(tags);
        aliases = List.copyOf(aliases);
    }
}
