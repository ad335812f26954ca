package dev.modelyard.scoring.api;

/**
 * Scores rows for one thread: a {@link Model}'s row scorer with its own scratch buffers, so a call
 * allocates nothing. Not thread-safe; take one per thread from {@link Model#rowPredictor()}.
 */
@FunctionalInterface
public interface RowPredictor {
    /** Scores one row: features in the model's feature order (NaN = missing) into {@code out}. */
    void predict(double[] features, double[] out);
}
