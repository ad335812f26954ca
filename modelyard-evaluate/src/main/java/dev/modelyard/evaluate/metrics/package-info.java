/**
 * Evaluation metrics: {@link dev.modelyard.evaluate.metrics.Metric} (one constant per metric, with its
 * CLI name, tasks and direction), {@link dev.modelyard.evaluate.metrics.Predictions} (probabilities or
 * values), {@link dev.modelyard.evaluate.metrics.Metrics#all} and
 * {@link dev.modelyard.evaluate.metrics.MetricSummary} for cross-validated results.
 *
 * <p>Conventions: the positive class of a binary task is class index 1 and a row is predicted positive
 * when its probability is at least 0.5; multiclass predictions take the most probable class (the
 * first on ties). Ratios with an empty denominator (precision with no predicted positive, and so on)
 * are 0, as in scikit-learn's {@code zero_division=0}. AUC is NaN when a class is absent.
 */
package dev.modelyard.evaluate.metrics;
