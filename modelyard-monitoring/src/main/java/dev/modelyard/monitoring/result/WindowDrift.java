package dev.modelyard.monitoring.result;

import java.util.List;

/**
 * Drift findings for one window.
 *
 * @param features     per input feature, in input order
 * @param driftShare   share of features flagged as drifted
 * @param shareThreshold share at or above which the whole dataset counts as drifted (0.5 by default)
 * @param datasetDrift {@code driftShare >= shareThreshold}
 * @param prediction   drift of the model's predictions (null when the model could not score the window)
 * @param domain       domain-classifier result (null when not run, e.g. too few rows or no reference sample)
 */
public record WindowDrift(List<FeatureDrift> features, double driftShare, double shareThreshold, boolean datasetDrift,
                          FeatureDrift prediction, DomainDrift domain) {
    public WindowDrift {
        features = List.copyOf(features);
    }

    /** Names of the drifted features. */
    public List<String> driftedFeatures() {
        return features.stream().filter(FeatureDrift::drifted).map(FeatureDrift::feature).toList();
    }
}
