package dev.modelyard.monitoring.performance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.core.frame.Column;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.data.sketch.ProfileCodec;
import dev.modelyard.data.sketch.ReferenceProfile;
import dev.modelyard.evaluate.metrics.Metric;
import dev.modelyard.scoring.api.Model;
import dev.modelyard.scoring.api.Task;
import dev.modelyard.scoring.bundle.ModelBundle;
import java.util.List;

/**
 * What a model's performance looked like in training, to judge windows against: the selection metric's
 * cross-validated mean and fold-to-fold spread, and (binary classifiers whose reference sample holds out-of-fold
 * scores) a confidence-based estimator for windows without labels. Immutable.
 *
 * @param task         the model's task
 * @param classes      its classes in output order (empty for regression)
 * @param metric       the metric the model was selected by
 * @param cvMean       its mean over cross-validation folds
 * @param cvStd        its standard deviation over folds (0 for a single hold-out split)
 * @param folds        number of folds (1 for a hold-out split)
 * @param trainingRows rows the model was trained on
 * @param estimator    confidence-based estimator, or null when none can be fitted
 */
public record PerformanceBaseline(Task task, List<String> classes, Metric metric, double cvMean, double cvStd, int folds,
                                  long trainingRows, ConfidenceEstimator estimator) {
    public PerformanceBaseline {
        classes = List.copyOf(classes);
    }

    /** The baseline of a bundle, with the reference profile stored in it (when it has one). */
    public static PerformanceBaseline of(ModelBundle bundle) {
        ReferenceProfile reference = bundle.section(ProfileCodec.SECTION)
                .map(b -> ProfileCodec.fromBytes(b, "the bundle's " + ProfileCodec.SECTION)).orElse(null);
        return of(bundle, reference);
    }

    /**
     * The baseline of a bundle written by {@code modelyard train}: metric and spread from its evaluation section,
     * the estimator from {@code reference}'s sample (null reference: no estimator). A bundle without an
     * evaluation is an error, since there is nothing to compare with.
     */
    public static PerformanceBaseline of(ModelBundle bundle, ReferenceProfile reference) {
        ObjectNode eval = bundle.evaluation();
        JsonNode board = eval.path("leaderboard");
        String name = eval.path("metric").asText("");
        if (name.isEmpty() || !board.isArray() || board.isEmpty()) {
            throw ModelyardException.invalid("the model bundle has no training evaluation (metric and cross-validation"
                    + " leaderboard), so there is no reference performance to monitor against; retrain it with modelyard train");
        }
        Task task = bundle.pipeline().task();
        Metric metric = Metric.parse(name, task);
        JsonNode best = board.get(0);
        JsonNode summary = best.path("metrics").path(metric.label());
        double mean = summary.path("mean").asDouble(best.path("mean").asDouble(Double.NaN));
        double std = summary.path("std").asDouble(best.path("std").asDouble(0));
        int folds = Math.max(1, best.path("folds").size());
        List<String> classes = bundle.pipeline().classes();
        ConfidenceEstimator estimator = task == Task.BINARY ? estimator(reference, bundle.pipeline().targetName(), classes) : null;
        return new PerformanceBaseline(task, classes, metric, mean, std, folds, eval.path("rows").asLong(0), estimator);
    }

    /** Calibration from the sample's out-of-fold positive-class scores and labels; null when they are not there. */
    private static ConfidenceEstimator estimator(ReferenceProfile reference, String target, List<String> classes) {
        Frame sample = reference == null ? null : reference.sample();
        String scoreColumn = ReferenceProfile.OOF_PREFIX + Model.outputNames(Task.BINARY, classes).get(1);
        if (sample == null || target == null || !sample.has(target) || !sample.has(scoreColumn)) {
            return null;
        }
        Column y = sample.column(target);
        Column s = sample.column(scoreColumn);
        int[] rows = java.util.stream.IntStream.range(0, sample.rowCount())
                .filter(i -> !y.isNull(i) && !Double.isNaN(s.getDouble(i))).toArray();
        if (rows.length < Calibration.MIN_ROWS) {
            return null;
        }
        double[] scores = new double[rows.length];
        boolean[] positive = new boolean[rows.length];
        for (int i = 0; i < rows.length; i++) {
            scores[i] = s.getDouble(rows[i]);
            positive[i] = classes.get(1).equals(y.getString(rows[i]));
        }
        return ConfidenceEstimator.fit(scores, positive);
    }

    /** Whether windows without labels can be estimated. */
    public boolean canEstimate() {
        return estimator != null && ConfidenceEstimator.supports(metric);
    }
}
