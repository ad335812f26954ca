package dev.modelyard.server.tracking.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.server.tracking.wire.ExperimentMessages;
import dev.modelyard.server.tracking.wire.MlflowEntities;
import dev.modelyard.server.tracking.wire.RunMessages;
import dev.modelyard.server.tracking.wire.WireTypes.KeyValue;
import dev.modelyard.server.tracking.wire.WireTypes.WireDatasetInput;
import dev.modelyard.server.tracking.wire.WireTypes.WireMetric;
import dev.modelyard.tracking.api.DatasetInput;
import dev.modelyard.tracking.api.Experiment;
import dev.modelyard.tracking.api.Metric;
import dev.modelyard.tracking.api.Page;
import dev.modelyard.tracking.api.Param;
import dev.modelyard.tracking.api.Run;
import dev.modelyard.tracking.api.RunInfo;
import dev.modelyard.tracking.api.RunSearch;
import dev.modelyard.tracking.api.RunStatus;
import dev.modelyard.tracking.api.SearchRequest;
import dev.modelyard.tracking.api.Tag;
import dev.modelyard.tracking.api.TrackingStore;
import dev.modelyard.tracking.api.ViewType;

import java.util.List;

/** {@link TrackingStore} over {@code experiments/*}, {@code runs/*} and {@code metrics/get-history}: one REST call per method. */
final class RestTrackingStore implements TrackingStore {
    private final MlflowHttp http;

    RestTrackingStore(MlflowHttp http) {
        this.http = http;
    }

    @Override
    public String createExperiment(String name, String artifactLocation, List<Tag> tags) {
        return http.call("POST", "experiments/create", new ExperimentMessages.Create(name, artifactLocation, keyValues(tags)))
                .path("experiment_id").asText();
    }

    @Override
    public Experiment getExperiment(String experimentId) {
        return MlflowEntities.experiment(http.call("GET", "experiments/get", new ExperimentMessages.ById(experimentId)).path("experiment"));
    }

    @Override
    public Experiment getExperimentByName(String name) {
        return MlflowEntities.experiment(http.call("GET", "experiments/get-by-name", new ExperimentMessages.ByName(name)).path("experiment"));
    }

    @Override
    public Page<Experiment> searchExperiments(SearchRequest r, ViewType viewType) {
        JsonNode n = http.call("POST", "experiments/search", new ExperimentMessages.Search(r.maxResults(), r.pageToken(), r.filter(),
                r.orderBy(), viewType.name()));
        return new Page<>(MlflowEntities.list(n.path("experiments"), MlflowEntities::experiment), MlflowEntities.nextPageToken(n));
    }

    @Override
    public void renameExperiment(String experimentId, String newName) {
        http.call("POST", "experiments/update", new ExperimentMessages.Update(experimentId, newName));
    }

    @Override
    public void deleteExperiment(String experimentId) {
        http.call("POST", "experiments/delete", new ExperimentMessages.ById(experimentId));
    }

    @Override
    public void restoreExperiment(String experimentId) {
        http.call("POST", "experiments/restore", new ExperimentMessages.ById(experimentId));
    }

    @Override
    public void setExperimentTag(String experimentId, String key, String value) {
        http.call("POST", "experiments/set-experiment-tag", new ExperimentMessages.SetTag(experimentId, key, value));
    }

    @Override
    public RunInfo createRun(String experimentId, String userId, String runName, long startTime, List<Tag> tags) {
        JsonNode n = http.call("POST", "runs/create", new RunMessages.Create(experimentId, userId, runName, startTime, keyValues(tags)));
        return MlflowEntities.runInfo(n.path("run").path("info"));
    }

    @Override
    public Run getRun(String runId) {
        return MlflowEntities.run(http.call("GET", "runs/get", new RunMessages.ById(runId, null)).path("run"));
    }

    @Override
    public RunInfo updateRun(String runId, RunStatus status, Long endTime, String runName) {
        JsonNode n = http.call("POST", "runs/update", new RunMessages.Update(runId, null, status == null ? null : status.name(),
                endTime, runName));
        return MlflowEntities.runInfo(n.path("run_info"));
    }

    @Override
    public void deleteRun(String runId) {
        http.call("POST", "runs/delete", new RunMessages.ById(runId, null));
    }

    @Override
    public void restoreRun(String runId) {
        http.call("POST", "runs/restore", new RunMessages.ById(runId, null));
    }

    @Override
    public Page<Run> searchRuns(RunSearch s) {
        JsonNode n = http.call("POST", "runs/search", new RunMessages.Search(s.experimentIds(), s.filter(), s.viewType().name(),
                s.maxResults(), s.orderBy(), s.pageToken()));
        return new Page<>(MlflowEntities.list(n.path("runs"), MlflowEntities::run), MlflowEntities.nextPageToken(n));
    }

    @Override
    public void logBatch(String runId, List<Metric> metrics, List<Param> params, List<Tag> tags) {
        http.call("POST", "runs/log-batch", new RunMessages.LogBatch(runId, metrics.stream().map(WireMetric::of).toList(),
                params.stream().map(KeyValue::of).toList(), keyValues(tags)));
    }

    @Override
    public void deleteTag(String runId, String key) {
        http.call("POST", "runs/delete-tag", new RunMessages.DeleteTag(runId, key));
    }

    @Override
    public void logInputs(String runId, List<DatasetInput> inputs) {
        http.call("POST", "runs/log-inputs", new RunMessages.LogInputs(runId, inputs.stream().map(WireDatasetInput::of).toList()));
    }

    @Override
    public Page<Metric> getMetricHistory(String runId, String key, int maxResults, String pageToken) {
        JsonNode n = http.call("GET", "metrics/get-history", new RunMessages.MetricHistory(runId, null, key, pageToken, maxResults));
        return new Page<>(MlflowEntities.metrics(n.path("metrics")), MlflowEntities.nextPageToken(n));
    }

    /** MLflow's REST API has no listing by deletion time: garbage collection runs where the store is. */
    @Override
    public List<RunInfo> deletedRuns(long deletedBefore) {
        throw storeOnly();
    }

    @Override
    public void purgeRun(String runId) {
        throw storeOnly();
    }

    private ModelyardException storeOnly() {
        return ModelyardException.invalid("garbage collection reads the store directly, not a tracking server (" + http.base()
                + "): run 'modelyard gc --backend-store-uri sqlite:…|postgresql://…' where the store is");
    }

    static List<KeyValue> keyValues(List<Tag> tags) {
        return tags == null ? null : tags.stream().map(KeyValue::of).toList();
    }

    /** The connection owns the HTTP client; closing one of its views closes nothing. */
    @Override
    public void close() {}
}
