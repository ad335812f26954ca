package dev.modelyard.tracking.api;

import java.util.List;

/**
 * MLflow's ModelVersion. {@code version} is a string on the wire ("1", "2", …); {@code status} is always
 * {@code READY} (registration is synchronous); {@code currentStage} is one of None, Staging, Production, Archived;
 * {@code aliases} are the alias names pointing at this version.
 */
public record ModelVersion(String name, String version, long creationTimestamp, long lastUpdatedTimestamp,
                           String description, String userId, String currentStage, String source, String runId,
                           String status, String statusMessage, List<Tag> tags, String runLink, List<String> aliases) {
    public static final String READY = "READY";

    public ModelVersion {
        tags = List.copyOf(tags);
        aliases = List.copyOf(aliases);
    }
}
