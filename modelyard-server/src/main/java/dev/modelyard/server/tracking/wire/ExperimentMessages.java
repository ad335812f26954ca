package dev.modelyard.server.tracking.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.modelyard.server.tracking.wire.WireTypes.KeyValue;

import java.util.List;

/** Request messages of {@code experiments/*}. */
public final class ExperimentMessages {
    private ExperimentMessages() {}

    public record Create(String name, @JsonProperty("artifact_location") String artifactLocation, List<KeyValue> tags) {}

    public record ById(@JsonProperty("experiment_id") String experimentId) {}

    public record ByName(@JsonProperty("experiment_name") String experimentName) {}

    public record Search(@JsonProperty("max_results") Integer maxResults, @JsonProperty("page_token") String pageToken,
                         String filter, @JsonProperty("order_by") List<String> orderBy,
                         @JsonProperty("view_type") String viewType) {}

    public record Update(@JsonProperty("experiment_id") String experimentId, @JsonProperty("new_name") String newName) {}

    public record SetTag(@JsonProperty("experiment_id") String experimentId, String key, String value) {}
}
