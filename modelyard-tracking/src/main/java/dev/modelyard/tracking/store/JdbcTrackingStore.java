package dev.modelyard.tracking.store;

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

/** {@link TrackingStore} over SQLite or PostgreSQL; the work is in {@link Experiments}, {@link Runs} and {@link RunLogging}. */
public final class JdbcTrackingStore implements TrackingStore {
    private final Database db;
    private final Experiments experiments;
    private final Runs runs;
    private final RunLogging logging;

    public JdbcTrackingStore(Database db) {
        this.db = db;
        this.experiments = new Experiments(db);
        this.runs = new Runs(db);
        this.logging = new RunLogging(db);
    }

    @Override
    public String createExperiment(String name, String artifactLocation, List<Tag> tags) {
        return experiments.create(name, artifactLocation, tags == null ? List.of() : tags);
    }

    @Override
    public Experiment getExperiment(String experimentId) { return experiments.get(experimentId); }

    @Override
    public Experiment getExperimentByName(String name) { return experiments.getByName(name); }

    @Override
    public Page<Experiment> searchExperiments(SearchRequest request, ViewType viewType) {
        return experiments.search(request, viewType == null ? ViewType.ACTIVE_ONLY : viewType);
    }

    @Override
    public void renameExperiment(String experimentId, String newName) { experiments.rename(experimentId, newName); }

    @Override
    public void deleteExperiment(String experimentId) { experiments.delete(experimentId); }

    @Override
    public void restoreExperiment(String experimentId) { experiments.restore(experimentId); }

    @Override
    public void setExperimentTag(String experimentId, String key, String value) { experiments.setTag(experimentId, key, value); }

    @Override
    public RunInfo createRun(String experimentId, String userId, String runName, long startTime, List<Tag> tags) {
        return runs.create(experimentId, userId, runName, startTime, tags == null ? List.of() : tags);
    }

    @Override
    public Run getRun(String runId) { return runs.get(runId); }

    @Override
    public RunInfo updateRun(String runId, RunStatus status, Long endTime, String runName) {
        return runs.update(runId, status, endTime, runName);
    }

    @Override
    public void deleteRun(String runId) { runs.delete(runId); }

    @Override
    public void restoreRun(String runId) { runs.restore(runId); }

    @Override
    public Page<Run> searchRuns(RunSearch search) { return runs.search(search); }

    @Override
    public void logBatch(String runId, List<Metric> metrics, List<Param> params, List<Tag> tags) {
        logging.logBatch(runId, metrics == null ? List.of() : metrics, params == null ? List.of() : params, tags == null ? List.of() : tags);
    }

    @Override
    public void deleteTag(String runId, String key) { logging.deleteTag(runId, key); }

    @Override
    public void logInputs(String runId, List<DatasetInput> inputs) { logging.logInputs(runId, inputs == null ? List.of() : inputs); }

    @Override
    public Page<Metric> getMetricHistory(String runId, String key, int maxResults, String pageToken) {
        return logging.history(runId, key, maxResults, pageToken);
    }

    @Override
    public List<RunInfo> deletedRuns(long deletedBefore) { return runs.deleted(deletedBefore); }

    @Override
    public void purgeRun(String runId) { runs.purge(runId); }

    /** The database behind this store (for the benchmark's raw-JDBC comparison). */
    public Database database() { return db; }

    /** Closing is the backend's job; a store alone does nothing. */
    @Override
    public void close() {}
}
