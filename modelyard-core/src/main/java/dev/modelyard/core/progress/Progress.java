package dev.modelyard.core.progress;

/** Receives progress events from long work. Implementations must be thread-safe. */
@FunctionalInterface
public interface Progress {
    /**
     * @param stage what is running, e.g. "cv gbdt fold 2/5"
     * @param done  units finished in the whole job
     * @param total units in the whole job (may grow)
     */
    void update(String stage, long done, long total);

    /** Ignores every event. */
    Progress NONE = (stage, done, total) -> { };
}
