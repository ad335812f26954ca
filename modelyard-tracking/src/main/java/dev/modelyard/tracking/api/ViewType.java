package dev.modelyard.tracking.api;

/** Which lifecycle stages a search returns (MLflow's ViewType). */
public enum ViewType {
    ACTIVE_ONLY, DELETED_ONLY, ALL;

    /** True when entities in {@code stage} are visible under this view. */
    public boolean includes(LifecycleStage stage) {
        return switch (this) {
            case ACTIVE_ONLY -> stage == LifecycleStage.ACTIVE;
            case DELETED_ONLY -> stage == LifecycleStage.DELETED;
            case ALL -> true;
        };
    }
}
