package dev.modelyard.server.tracking;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelyard.core.json.Json;
import dev.modelyard.server.tracking.wire.MlflowJson;
import dev.modelyard.server.tracking.wire.Required;
import dev.modelyard.server.tracking.wire.RunMessages.ById;
import dev.modelyard.server.tracking.wire.RunMessages.Create;
import dev.modelyard.server.tracking.wire.RunMessages.DeleteTag;
import dev.modelyard.server.tracking.wire.RunMessages.KeyValueOfRun;
import dev.modelyard.server.tracking.wire.RunMessages.LogBatch;
import dev.modelyard.server.tracking.wire.RunMessages.LogInputs;
import dev.modelyard.server.tracking.wire.RunMessages.LogMetric;
import dev.modelyard.server.tracking.wire.RunMessages.MetricHistory;
import dev.modelyard.server.tracking.wire.RunMessages.Search;
import dev.modelyard.server.tracking.wire.RunMessages.Update;
import dev.modelyard.server.tracking.wire.WireTypes;
import dev.modelyard.server.tracking.wire.WireTypes.WireMetric;
import dev.modelyard.tracking.api.Metric;
import dev.modelyard.tracking.api.Page;
import dev.modelyard.tracking.api.Param;
import dev.modelyard.tracking.api.Run;
import dev.modelyard.tracking.api.RunInfo;
import dev.modelyard.tracking.api.RunSearch;
import dev.modelyard.tracking.api.Tag;
import dev.modelyard.tracking.api.TrackingStore;
import io.helidon.http.Method;

import java.util.List;

/** {@code runs/*} and {@code metrics/get-history}. */
final class RunApi {
    private static final String DEFAULT_EXPERIMENT = "0";

    private RunApi() {}

    static void register(MlflowEndpoints api, TrackingStore store) {
        api.write(Method.POST, "runs/create", Create.class, (m, req) -> {
            String experiment = m.experimentId() == null || m.experimentId().isEmpty() ? DEFAULT_EXPERIMENT : m.experimentId();
            long start = m.startTime() == null ? System.currentTimeMillis() : m.startTime();
            RunInfo info = store.createRun(experiment, m.userId(), Views.optional(m.runName()), start,
                    WireTypes.tags(m.tags(), "tags"));
            return MlflowJson.wrap("run", MlflowJson.run(store.getRun(info.runId())));
        });
        api.read("runs/get", ById.class, (m, req) -> MlflowJson.wrap("run", MlflowJson.run(store.getRun(m.id()))));
        api.write(Method.POST, "runs/update", Update.class, (m, req) -> {
            RunInfo info = store.updateRun(m.id(), Views.status(m.status()), m.endTime(), Views.optional(m.runName()));
            return MlflowJson.wrap("run_info", MlflowJson.runInfo(info));
        });
        api.write(Method.POST, "runs/delete", ById.class, (m, req) -> {
            store.deleteRun(m.id());
            return Json.object();
        });
        api.write(Method.POST, "runs/restore", ById.class, (m, req) -> {
            store.restoreRun(m.id());
            return Json.object();
        });
        api.read("runs/search", Search.class, (m, req) -> {
            Page<Run> page = store.searchRuns(new RunSearch(m.experimentIds(), m.filter(),
                    Views.viewType(m.runViewType(), "run_view_type"), Views.maxResults(m.maxResults(), 1000),
                    m.orderBy(), Views.optional(m.pageToken())));
            return MlflowJson.page("runs", page.items(), page.nextPageToken(), MlflowJson::run);
        });
        api.write(Method.POST, "runs/log-metric", LogMetric.class, (m, req) -> {
            Metric metric = new WireMetric(m.key(), m.value(), m.timestamp(), m.step()).metric("metric");
            store.logBatch(m.id(), List.of(metric), List.of(), List.of());
            return Json.object();
        });
        api.write(Method.POST, "runs/log-parameter", KeyValueOfRun.class, (m, req) -> {
            store.logBatch(m.id(), List.of(), List.of(new Param(Required.text(m.key(), "key"), Required.value(m.value(), "value"))),
                    List.of());
            return Json.object();
        });
        api.write(Method.POST, "runs/set-tag", KeyValueOfRun.class, (m, req) -> {
            store.logBatch(m.id(), List.of(), List.of(), List.of(new Tag(Required.text(m.key(), "key"),
                    m.value() == null ? "" : m.value())));
            return Json.object();
        });
        api.write(Method.POST, "runs/delete-tag", DeleteTag.class, (m, req) -> {
            store.deleteTag(Required.text(m.runId(), "run_id"), Required.text(m.key(), "key"));
            return Json.object();
        });
        api.write(Method.POST, "runs/log-batch", LogBatch.class, (m, req) -> {
            store.logBatch(Required.text(m.runId(), "run_id"), WireTypes.metrics(m.metrics(), "metrics"),
                    WireTypes.params(m.params(), "params"), WireTypes.tags(m.tags(), "tags"));
            return Json.object();
        });
        api.write(Method.POST, "runs/log-inputs", LogInputs.class, (m, req) -> {
            store.logInputs(Required.text(m.runId(), "run_id"), WireTypes.inputs(m.datasets(), "datasets"));
            return Json.object();
        });
        api.read("metrics/get-history", MetricHistory.class, (m, req) -> {
            Page<Metric> page = store.getMetricHistory(m.id(), Required.text(m.metricKey(), "metric_key"),
                    Views.maxResults(m.maxResults(), 25_000), Views.optional(m.pageToken()));
            ObjectNode n = MlflowJson.page("metrics", page.items(), page.nextPageToken(), MlflowJson::metric);
            return n;
        });
    }
}
