package dev.modelyard.tracking.api;

import java.util.List;

/**
 * Experiments, runs and what runs log. Implementations are thread-safe; every write that returns normally is
 * durable (survives a kill of the process right after). Failures are {@code ModelyardException}s:
 * NOT_FOUND for unknown ids, INVALID_INPUT for bad arguments, ALREADY_EXISTS for duplicate names,
 * INVALID_STATE for writes to deleted runs/experiments.
 */
public interface TrackingStore extends AutoCloseable {

    // ---- experiments

    /** Creates an experiment and returns its id; {@code artifactLocation} null means the default under the store's artifact root. */
    String createExperiment(String name, String artifactLocation, List<Tag> tags);

    Experiment getExperiment(String experimentId);

    /** Active or deleted experiment with this exact name; NOT_FOUND when none. */
    Experiment getExperimentByName(String name);

    /** Filter over {@code name}, {@code tags.<k>}, {@code creation_time}, {@code last_update_time}. */
    Page<Experiment> searchExperiments(SearchRequest request, ViewType viewType);

    void renameExperiment(String experimentId, String newName);

    /** Soft delete: the experiment and its runs move to the deleted stage. */
    void deleteExperiment(String experimentId);

    void restoreExperiment(String experimentId);

    void setExperimentTag(String experimentId, String key, String value);

    // ---- runs

    /** Starts a run (status RUNNING); {@code runName} null gets a generated name; tags are logged with it. */
    RunInfo createRun(String experimentId, String userId, String runName, long startTime, List<Tag> tags);

    Run getRun(String runId);

    /** Updates any of status, end time, run name (null = unchanged) and returns the new info. */
    RunInfo updateRun(String runId, RunStatus status, Long endTime, String runName);

    void deleteRun(String runId);

    void restoreRun(String runId);

    Page<Run> searchRuns(RunSearch search);

    /**
     * The write primitive: logs metrics, params and tags atomically (all or nothing) with MLflow's limits
     * (1000 metrics, 100 params, 100 tags, 1000 in total). Params are write-once: the same value again is
     * fine, a different value fails naming key, old and new value.
     */
    void logBatch(String runId, List<Metric> metrics, List<Param> params, List<Tag> tags);

    default void logMetric(String runId, Metric metric) { logBatch(runId, List.of(metric), List.of(), List.of()); }

    default void logParam(String runId, Param param) { logBatch(runId, List.of(), List.of(param), List.of()); }

    default void setTag(String runId, Tag tag) { logBatch(runId, List.of(), List.of(), List.of(tag)); }

    void deleteTag(String runId, String key);

    /** Records datasets a run used (deduplicated by name+digest per run). */
    void logInputs(String runId, List<DatasetInput> inputs);

    /** Every point of one metric, ordered by step, timestamp, value. */
    Page<Metric> getMetricHistory(String runId, String key, int maxResults, String pageToken);

    // ---- garbage collection

    /** Deleted runs (or runs of deleted experiments) deleted before {@code deletedBefore} (epoch ms; Long.MAX_VALUE = all). */
    List<RunInfo> deletedRuns(long deletedBefore);

    /** Permanently removes a deleted run and everything it logged (not its artifacts: see the garbage collector). */
    void purgeRun(String runId);

    @Override
    void close();
}
