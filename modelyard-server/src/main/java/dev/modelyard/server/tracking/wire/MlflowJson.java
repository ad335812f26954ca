package dev.modelyard.server.tracking.wire;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelyard.core.json.Json;
import dev.modelyard.tracking.api.ArtifactInfo;
import dev.modelyard.tracking.api.Dataset;
import dev.modelyard.tracking.api.DatasetInput;
import dev.modelyard.tracking.api.Experiment;
import dev.modelyard.tracking.api.Metric;
import dev.modelyard.tracking.api.ModelVersion;
import dev.modelyard.tracking.api.Param;
import dev.modelyard.tracking.api.RegisteredModel;
import dev.modelyard.tracking.api.RegisteredModelAlias;
import dev.modelyard.tracking.api.Run;
import dev.modelyard.tracking.api.RunInfo;
import dev.modelyard.tracking.api.Tag;

import java.util.List;
import java.util.function.Function;

/** Encodes tracking entities as MLflow's JSON: snake_case names, int64 as numbers, ids as strings, unset fields omitted. */
public final class MlflowJson {
    private MlflowJson() {}

    public static ObjectNode experiment(Experiment e) {
        ObjectNode n = Json.object();
        n.put("experiment_id", e.experimentId());
        n.put("name", e.name());
        putIfSet(n, "artifact_location", e.artifactLocation());
        n.put("lifecycle_stage", e.lifecycleStage().wire());
        n.put("last_update_time", e.lastUpdateTime());
        n.put("creation_time", e.creationTime());
        n.set("tags", list(e.tags(), MlflowJson::tag));
        return n;
    }

    public static ObjectNode run(Run r) {
        ObjectNode n = Json.object();
        n.set("info", runInfo(r.info()));
        ObjectNode data = n.putObject("data");
        data.set("metrics", list(r.data().metrics(), MlflowJson::metric));
        data.set("params", list(r.data().params(), MlflowJson::param));
        data.set("tags", list(r.data().tags(), MlflowJson::tag));
        ObjectNode inputs = n.putObject("inputs");
        inputs.set("dataset_inputs", list(r.inputs() == null ? List.of() : r.inputs().datasetInputs(), MlflowJson::datasetInput));
        return n;
    }

    public static ObjectNode runInfo(RunInfo i) {
        ObjectNode n = Json.object();
        n.put("run_id", i.runId());
        n.put("run_uuid", i.runUuid());
        putIfSet(n, "run_name", i.runName());
        n.put("experiment_id", i.experimentId());
        putIfSet(n, "user_id", i.userId());
        n.put("status", i.status().name());
        n.put("start_time", i.startTime());
        if (i.endTime() != null) {
            n.put("end_time", i.endTime());
        }
        putIfSet(n, "artifact_uri", i.artifactUri());
        n.put("lifecycle_stage", i.lifecycleStage().wire());
        return n;
    }

    public static ObjectNode metric(Metric m) {
        ObjectNode n = Json.object();
        n.put("key", m.key());
        n.put("value", m.value());
        n.put("timestamp", m.timestamp());
        n.put("step", m.step());
        return n;
    }

    public static ObjectNode param(Param p) {
        return keyValue(p.key(), p.value());
    }

    public static ObjectNode tag(Tag t) {
        return keyValue(t.key(), t.value());
    }

    public static ObjectNode datasetInput(DatasetInput d) {
        ObjectNode n = Json.object();
        n.set("tags", list(d.tags(), MlflowJson::tag));
        Dataset ds = d.dataset();
        ObjectNode dn = n.putObject("dataset");
        dn.put("name", ds.name());
        dn.put("digest", ds.digest());
        putIfSet(dn, "source_type", ds.sourceType());
        putIfSet(dn, "source", ds.source());
        putIfSet(dn, "schema", ds.schema());
        putIfSet(dn, "profile", ds.profile());
        return n;
    }

    public static ObjectNode registeredModel(RegisteredModel m) {
        ObjectNode n = Json.object();
        n.put("name", m.name());
        n.put("creation_timestamp", m.creationTimestamp());
        n.put("last_updated_timestamp", m.lastUpdatedTimestamp());
        putIfSet(n, "description", m.description());
        n.set("latest_versions", list(m.latestVersions(), MlflowJson::modelVersion));
        n.set("tags", list(m.tags(), MlflowJson::tag));
        n.set("aliases", list(m.aliases(), MlflowJson::alias));
        return n;
    }

    public static ObjectNode alias(RegisteredModelAlias a) {
        ObjectNode n = Json.object();
        n.put("alias", a.alias());
        n.put("version", a.version());
        return n;
    }

    public static ObjectNode modelVersion(ModelVersion v) {
        ObjectNode n = Json.object();
        n.put("name", v.name());
        n.put("version", v.version());
        n.put("creation_timestamp", v.creationTimestamp());
        n.put("last_updated_timestamp", v.lastUpdatedTimestamp());
        putIfSet(n, "user_id", v.userId());
        putIfSet(n, "current_stage", v.currentStage());
        putIfSet(n, "description", v.description());
        putIfSet(n, "source", v.source());
        putIfSet(n, "run_id", v.runId());
        putIfSet(n, "status", v.status());
        putIfSet(n, "status_message", v.statusMessage());
        n.set("tags", list(v.tags(), MlflowJson::tag));
        putIfSet(n, "run_link", v.runLink());
        ArrayNode aliases = n.putArray("aliases");
        v.aliases().forEach(aliases::add);
        return n;
    }

    /** MLflow's FileInfo; {@code path} as given (the caller decides relative to what). */
    public static ObjectNode fileInfo(String path, ArtifactInfo f) {
        ObjectNode n = Json.object();
        n.put("path", path);
        n.put("is_dir", f.isDir());
        if (f.fileSize() != null) {
            n.put("file_size", f.fileSize());
        }
        return n;
    }

    /** {@code {"<field>": [...], "next_page_token": ...}} with the token omitted on the last page. */
    public static <T> ObjectNode page(String field, List<T> items, String nextPageToken, Function<T, ObjectNode> encode) {
        ObjectNode n = Json.object();
        n.set(field, list(items, encode));
        putIfSet(n, "next_page_token", nextPageToken);
        return n;
    }

    public static <T> ArrayNode list(List<T> items, Function<T, ObjectNode> encode) {
        ArrayNode a = Json.array();
        for (T item : items) {
            a.add(encode.apply(item));
        }
        return a;
    }

    /** A one-field object, e.g. {@code {"run": {...}}}. */
    public static ObjectNode wrap(String field, ObjectNode value) {
        ObjectNode n = Json.object();
        n.set(field, value);
        return n;
    }

    private static ObjectNode keyValue(String key, String value) {
        ObjectNode n = Json.object();
        n.put("key", key);
        putIfSet(n, "value", value);
        return n;
    }

    private static void putIfSet(ObjectNode n, String field, String value) {
        if (value != null) {
            n.put(field, value);
        }
    }
}
