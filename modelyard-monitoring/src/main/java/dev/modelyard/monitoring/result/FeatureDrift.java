package dev.modelyard.monitoring.result;

import java.util.Map;

/**
 * Drift of one feature (or of the predictions) between the reference and a window.
 *
 * @param feature      column name ({@code prediction} for the prediction distribution)
 * @param kind         "numeric" or "categorical"
 * @param test         the test that decides drift: "ks", "chi2", "wasserstein", "jensen_shannon" or "psi"
 * @param score        its statistic (p-value for ks/chi2, distance otherwise)
 * @param threshold    its threshold (drift when p-value &lt; threshold, or distance ≥ threshold)
 * @param drifted      whether the deciding test flags drift
 * @param psi          population stability index on the shared bins (reported for every feature)
 * @param scores       every statistic computed, by name (psi, ks_statistic, ks_p_value, chi2_p_value,
 *                     wasserstein_norm, jensen_shannon, missing_rate_reference, missing_rate_current)
 * @param currentRows  non-missing values in the window
 * @param distribution binned distributions for plots
 */
public record FeatureDrift(String feature, String kind, String test, double score, double threshold, boolean drifted,
                           double psi, Map<String, Double> scores, long currentRows, Distribution distribution) {
    public FeatureDrift {
        scores = Map.copyOf(scores);
    }
}
