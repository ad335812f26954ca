package dev.modelyard.tracking.api;

/**
 * MLflow's RunInfo. {@code runUuid} equals {@code runId} (MLflow keeps both); {@code endTime} is null while
 * the run has not ended; {@code artifactUri} is {@code mlflow-artifacts:/<experiment_id>/<run_id>/artifacts}.
 */
public record RunInfo(String runId, String runName, String experimentId, String userId, RunStatus status,
                      long startTime, Long endTime, String artifactUri, LifecycleStage lifecycleStage) {
    /** MLflow's deprecated duplicate of {@link #runId()}. */
    public String runUuid() { return runId; }
}
