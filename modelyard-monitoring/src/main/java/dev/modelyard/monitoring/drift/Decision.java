package dev.modelyard.monitoring.drift;

import dev.modelyard.monitoring.result.Distribution;
import dev.modelyard.monitoring.result.FeatureDrift;
import java.util.Map;

/**
 * The verdict of one feature's deciding test: p-value tests drift below their threshold, distances (and
 * PSI) at or above theirs. A NaN score decides nothing, except when exactly one side has values at all:
 * a feature that is entirely missing in the window but not in the reference (or the reverse) has drifted.
 */
final class Decision {
    private Decision() {}

    static FeatureDrift feature(String name, String kind, DriftTest test, Map<String, Double> scores, long referenceValues,
                                long currentValues, Distribution distribution, DriftOptions o) {
        double score = scores.get(ScoreNames.of(test));
        double threshold = switch (test) {
            case KS, CHI2 -> o.pValue();
            case WASSERSTEIN, JENSEN_SHANNON -> o.distance();
            case PSI -> o.psiAlert();
            case AUTO -> throw new IllegalArgumentException("auto is not a test");
        };
        boolean drifted;
        if ((referenceValues == 0) != (currentValues == 0)) {
            drifted = true;
        } else if (Double.isNaN(score)) {
            drifted = false;
        } else {
            drifted = test.isPValue() ? score < threshold : score >= threshold;
        }
        return new FeatureDrift(name, kind, test.label(), score, threshold, drifted, scores.get(ScoreNames.PSI), scores,
                currentValues, distribution);
    }

    /** Share of missing values among {@code values + missing} (0 when there are none). */
    static double missingRate(long values, long missing) {
        long all = values + missing;
        return all == 0 ? 0 : (double) missing / all;
    }
}
