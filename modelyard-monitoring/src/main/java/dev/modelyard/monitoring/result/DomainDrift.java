package dev.modelyard.monitoring.result;

import java.util.List;

/**
 * Multivariate drift: a gradient-boosted classifier trained to tell reference rows from window rows.
 *
 * @param auc         its cross-validated AUC (0.5: indistinguishable)
 * @param threshold   AUC at or above which the window counts as drifted (0.6 by default)
 * @param drifted     {@code auc >= threshold}
 * @param topFeatures features that separate the two most, most important first
 */
public record DomainDrift(double auc, double threshold, boolean drifted, List<FeatureImportance> topFeatures) {
    public DomainDrift {
        topFeatures = List.copyOf(topFeatures);
    }

    /** A feature and its share of the classifier's importance (gain), in [0, 1]. */
    public record FeatureImportance(String feature, double importance) {}
}
