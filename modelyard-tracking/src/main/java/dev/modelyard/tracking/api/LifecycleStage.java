package dev.modelyard.tracking.api;

/** Soft-delete state of experiments and runs; {@link #wire()} is MLflow's lower-case spelling. */
public enum LifecycleStage {
    ACTIVE, DELETED;

    public String wire() { return name().toLowerCase(java.util.Locale.ROOT); }

    /** Parses {@code active}/{@code deleted} in any case. */
    public static LifecycleStage parse(String s) {
        return valueOf(s.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
