package dev.modelyard.tracking.api;

/** MLflow's RunStatus. */
public enum RunStatus {
    RUNNING, SCHEDULED, FINISHED, FAILED, KILLED;

    /** True for statuses after which a run is over (end time is set). */
    public boolean terminal() { return this == FINISHED || this == FAILED || this == KILLED; }
}
