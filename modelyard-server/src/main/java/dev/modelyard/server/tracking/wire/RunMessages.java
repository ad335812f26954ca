package dev.modelyard.server.tracking.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.modelyard.server.tracking.wire.WireTypes.KeyValue;
import dev.modelyard.server.tracking.wire.WireTypes.WireDatasetInput;
import dev.modelyard.server.tracking.wire.WireTypes.WireMetric;

import java.util.List;

/** Request messages of {@code runs/*} and {@code metrics/*}; {@code run_uuid} is MLflow's deprecated alias of {@code run_id}. */
public final class RunMessages {
    private RunMessages() {}

    static String id(String runId, String runUuid) {
        return Required.text(runId != null && !runId.isEmpty() ? runId : runUuid, "run_id");
    }

    public record Create(@JsonProperty("experiment_id") String experimentId, @JsonProperty("user_id") String userId,
                         @JsonProperty("run_name") String runName, @JsonProperty("start_time") Long startTime,
                         List<KeyValue> tags) {}

    public record ById(@JsonProperty("run_id") String runId, @JsonProperty("run_uuid") String runUuid) {
        public String id() { return RunMessages.id(runId, runUuid); }
    }

    public record Update(@JsonProperty("run_id") String runId, @JsonProperty("run_uuid") String runUuid, String status,
                         @JsonProperty("end_time") Long endTime, @JsonProperty("run_name") String runName) {
        public String id() { return RunMessages.id(runId, runUuid); }
    }

    public record Search(@JsonProperty("experiment_ids") List<String> experimentIds, String filter,
                         @JsonProperty("run_view_type") String runViewType, @JsonProperty("max_results") Integer maxResults,
                         @JsonProperty("order_by") List<String> orderBy, @JsonProperty("page_token") String pageToken) {}

    public record LogMetric(@JsonProperty("run_id") String runId, @JsonProperty("run_uuid") String runUuid, String key,
                            Double value, Long timestamp, Long step) {
        public String id() { return RunMessages.id(runId, runUuid); }
    }

    /** log-parameter and set-tag. */
    public record KeyValueOfRun(@JsonProperty("run_id") String runId, @JsonProperty("run_uuid") String runUuid,
                                String key, String value) {
        public String id() { return RunMessages.id(runId, runUuid); }
    }

    public record DeleteTag(@JsonProperty("run_id") String runId, String key) {}

    public record LogBatch(@JsonProperty("run_id") String runId, List<WireMetric> metrics, List<KeyValue> params,
                           List<KeyValue> tags) {}

    public record LogInputs(@JsonProperty("run_id") String runId, List<WireDatasetInput> datasets) {}

    public record MetricHistory(@JsonProperty("run_id") String runId, @JsonProperty("run_uuid") String runUuid,
                                @JsonProperty("metric_key") String metricKey, @JsonProperty("page_token") String pageToken,
                                @JsonProperty("max_results") Integer maxResults) {
        public String id() { return RunMessages.id(runId, runUuid); }
    }
}
