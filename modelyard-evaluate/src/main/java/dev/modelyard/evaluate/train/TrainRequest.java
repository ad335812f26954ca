package dev.modelyard.evaluate.train;

import dev.modelyard.scoring.api.Task;
import java.util.List;

/**
 * What {@code modelyard train} was asked for.
 *
 * @param target      target column
 * @param task        task, or null to infer from the target
 * @param metric      metric that picks the winner, or null for the task's default
 * @param learners    learner names to compare ("linear", "gbdt", "lgbm", "rf")
 * @param folds       k for k-fold cross-validation (≥ 2); ignored when {@code holdout} is set
 * @param holdout     when in (0, 1), one train/validation split with this validation share instead of k folds
 * @param timeColumn  when set, folds are time-ordered on this column and future-timestamp leakage is checked
 * @param groupColumn when set, no group is on both sides of a split; the column is not a feature
 * @param seed        seed for splits and learners
 * @param strict      leakage findings become errors
 * @param threads     threads for learners
 */
public record TrainRequest(String target, Task task, String metric, List<String> learners, int folds, double holdout,
                           String timeColumn, String groupColumn, long seed, boolean strict, int threads) {
    public TrainRequest {
        learners = List.copyOf(learners);
    }

    /** Defaults as on the CLI: the default learners, 5 folds, seed 42, all cores. */
    public static TrainRequest of(String target) {
        return new TrainRequest(target, null, null, LearnerCatalog.defaults(), 5, 0.0, null, null, 42L, false,
                Runtime.getRuntime().availableProcessors());
    }

    public TrainRequest withLearners(List<String> names) {
        return new TrainRequest(target, task, metric, names, folds, holdout, timeColumn, groupColumn, seed, strict, threads);
    }

    public TrainRequest withFolds(int k) {
        return new TrainRequest(target, task, metric, learners, k, holdout, timeColumn, groupColumn, seed, strict, threads);
    }

    public TrainRequest withHoldout(double fraction) {
        return new TrainRequest(target, task, metric, learners, folds, fraction, timeColumn, groupColumn, seed, strict, threads);
    }

    public TrainRequest withTask(Task t) {
        return new TrainRequest(target, t, metric, learners, folds, holdout, timeColumn, groupColumn, seed, strict, threads);
    }

    public TrainRequest withTimeColumn(String c) {
        return new TrainRequest(target, task, metric, learners, folds, holdout, c, groupColumn, seed, strict, threads);
    }

    public TrainRequest withGroupColumn(String c) {
        return new TrainRequest(target, task, metric, learners, folds, holdout, timeColumn, c, seed, strict, threads);
    }

    public TrainRequest withSeed(long s) {
        return new TrainRequest(target, task, metric, learners, folds, holdout, timeColumn, groupColumn, s, strict, threads);
    }

    public TrainRequest withMetric(String m) {
        return new TrainRequest(target, task, m, learners, folds, holdout, timeColumn, groupColumn, seed, strict, threads);
    }

    public TrainRequest withStrict(boolean s) {
        return new TrainRequest(target, task, metric, learners, folds, holdout, timeColumn, groupColumn, seed, s, threads);
    }
}
