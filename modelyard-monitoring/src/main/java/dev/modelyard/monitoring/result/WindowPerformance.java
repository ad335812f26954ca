package dev.modelyard.monitoring.result;

/**
 * Model performance in one window against the training estimate.
 *
 * @param metric     metric name as in the bundle's CV metrics (auc, accuracy, rmse, …)
 * @param labelled   rows with a known outcome (0: realised is NaN)
 * @param realised   metric on the labelled rows (NaN without labels)
 * @param estimated  confidence-based estimate without labels (binary classifiers; NaN otherwise)
 * @param reference  cross-validated estimate from training (mean over folds)
 * @param lower      lower end of the acceptable band
 * @param upper      upper end of the acceptable band
 * @param degraded   realised (or, without labels, estimated) performance is outside the band on the bad side
 * @param greaterIsBetter whether larger metric values are better
 */
public record WindowPerformance(String metric, long labelled, double realised, double estimated, double reference,
                                double lower, double upper, boolean degraded, boolean greaterIsBetter) {}
