package dev.modelyard.server.tracking.wire;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.modelyard.core.json.Json;
import dev.modelyard.server.tracking.wire.WireTypes.KeyValue;
import dev.modelyard.server.tracking.wire.WireTypes.WireDatasetInput;
import dev.modelyard.server.tracking.wire.WireTypes.WireMetric;
import dev.modelyard.tracking.api.ArtifactInfo;
import dev.modelyard.tracking.api.Experiment;
import dev.modelyard.tracking.api.LifecycleStage;
import dev.modelyard.tracking.api.Metric;
import dev.modelyard.tracking.api.ModelVersion;
import dev.modelyard.tracking.api.Param;
import dev.modelyard.tracking.api.RegisteredModel;
import dev.modelyard.tracking.api.RegisteredModelAlias;
import dev.modelyard.tracking.api.Run;
import dev.modelyard.tracking.api.RunData;
import dev.modelyard.tracking.api.RunInfo;
import dev.modelyard.tracking.api.RunInputs;
import dev.modelyard.tracking.api.RunStatus;
import dev.modelyard.tracking.api.Tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Decodes MLflow's JSON into tracking entities: the reverse of {@link MlflowJson}, for clients of an MLflow
 * server. Lenient as MLflow's own clients are: unset fields become null/empty, int64 may arrive as numbers or strings.
 */
public final class MlflowEntities {
    private static final TypeReference<List<KeyValue>> KEY_VALUES = new TypeReference<>() {};
    private static final TypeReference<List<WireMetric>> METRICS = new TypeReference<>() {};
    private static final TypeReference<List<WireDatasetInput>> INPUTS = new TypeReference<>() {};
    private MlflowEntities() {}

    public static Experiment experiment(JsonNode n) {
        return new Experiment(text(n, "experiment_id"), text(n, "name"), text(n, "artifact_location"), stage(n),
                n.path("last_update_time").asLong(), n.path("creation_time").asLong(), tags(n.path("tags")));
    }

    public static Run run(JsonNode n) {
        JsonNode data = n.path("data");
        List<WireDatasetInput> inputs = read(n.path("inputs").path("dataset_inputs"), INPUTS);
        return new Run(runInfo(n.path("info")), new RunData(metrics(data.path("metrics")), params(data.path("params")),
                tags(data.path("tags"))), new RunInputs(WireTypes.inputs(inputs, "run.inputs.dataset_inputs")));
    }

    public static RunInfo runInfo(JsonNode n) {
        String id = text(n, "run_id");
        JsonNode end = n.path("end_time");
        return new RunInfo(id == null ? text(n, "run_uuid") : id, text(n, "run_name"), text(n, "experiment_id"),
                text(n, "user_id"), RunStatus.valueOf(n.path("status").asText("RUNNING").toUpperCase(Locale.ROOT)),
                n.path("start_time").asLong(), end.isMissingNode() || end.isNull() ? null : end.asLong(),
                text(n, "artifact_uri"), stage(n));
    }

    public static List<Metric> metrics(JsonNode array) {
        return WireTypes.metrics(read(array, METRICS), "metrics");
    }

    public static List<Tag> tags(JsonNode array) {
        return WireTypes.tags(read(array, KEY_VALUES), "tags");
    }

    public static List<Param> params(JsonNode array) {
        return WireTypes.params(read(array, KEY_VALUES), "params");
    }

    public static RegisteredModel registeredModel(JsonNode n) {
        return new RegisteredModel(text(n, "name"), n.path("creation_timestamp").asLong(), n.path("last_updated_timestamp").asLong(),
                text(n, "description"), list(n.path("latest_versions"), MlflowEntities::modelVersion), tags(n.path("tags")),
                list(n.path("aliases"), a -> new RegisteredModelAlias(text(a, "alias"), text(a, "version"))));
    }

    public static ModelVersion modelVersion(JsonNode n) {
        return new ModelVersion(text(n, "name"), text(n, "version"), n.path("creation_timestamp").asLong(),
                n.path("last_updated_timestamp").asLong(), text(n, "description"), text(n, "user_id"), text(n, "current_stage"),
                text(n, "source"), text(n, "run_id"), text(n, "status"), text(n, "status_message"), tags(n.path("tags")),
                text(n, "run_link"), list(n.path("aliases"), JsonNode::asText));
    }

    /** MLflow's FileInfo with its {@code path} replaced by {@code path} (listings give names relative to the listed folder). */
    public static ArtifactInfo fileInfo(String path, JsonNode n) {
        JsonNode size = n.path("file_size");
        return new ArtifactInfo(path, n.path("is_dir").asBoolean(), size.isMissingNode() || size.isNull() ? null : size.asLong());
    }

    public static <T> List<T> list(JsonNode array, Function<JsonNode, T> decode) {
        List<T> out = new ArrayList<>();
        for (JsonNode item : array) {
            out.add(decode.apply(item));
        }
        return out;
    }

    /** {@code next_page_token}, or null on the last page. */
    public static String nextPageToken(JsonNode n) {
        String token = text(n, "next_page_token");
        return token == null || token.isEmpty() ? null : token;
    }

    private static LifecycleStage stage(JsonNode n) {
        return LifecycleStage.parse(n.path("lifecycle_stage").asText("active"));
    }

    private static <T> List<T> read(JsonNode array, TypeReference<List<T>> type) {
        return array.isArray() ? Json.mapper().convertValue(array, type) : List.of();
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
