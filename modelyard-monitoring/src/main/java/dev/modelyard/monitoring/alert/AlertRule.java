package dev.modelyard.monitoring.alert;

import dev.modelyard.core.error.ModelyardException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One alert rule: when it fires, how bad that is, and (for feature rules) which features it watches.
 *
 * @param name      unique name; alert state remembers (model, window, name)
 * @param when      the condition
 * @param threshold the condition's threshold (NaN where it takes none, or to use the window's own threshold)
 * @param severity  {@link #WARNING} or {@link #CRITICAL}
 * @param features  for {@code feature_drift} and {@code psi}: the features watched (empty: all)
 */
public record AlertRule(String name, Kind when, double threshold, String severity, List<String> features) {
    public static final String WARNING = "warning";
    public static final String CRITICAL = "critical";

    public AlertRule {
        features = List.copyOf(features);
        if (!WARNING.equals(severity) && !CRITICAL.equals(severity)) {
            throw ModelyardException.invalid("severity must be 'warning' or 'critical', not '" + severity + "'");
        }
    }

    /** A rule on all features. */
    public static AlertRule of(String name, Kind when, double threshold, String severity) {
        return new AlertRule(name, when, threshold, severity, List.of());
    }

    /** Whether a threshold is needed, optional (the window's own applies without one) or meaningless. */
    public enum ThresholdUse { REQUIRED, OPTIONAL, NONE }

    /** The conditions a rule can watch, by their config names. */
    public enum Kind {
        /** The share of drifted features reaches the threshold (default: the window's share threshold). */
        DATASET_DRIFT(ThresholdUse.OPTIONAL, false),
        /** Any watched feature drifted by its test. */
        FEATURE_DRIFT(ThresholdUse.NONE, true),
        /** The largest PSI among watched features reaches the threshold. */
        PSI(ThresholdUse.REQUIRED, true),
        /** The domain classifier's AUC reaches the threshold (default: the window's). */
        DOMAIN_AUC(ThresholdUse.OPTIONAL, false),
        /** The distribution of predictions drifted. */
        PREDICTION_DRIFT(ThresholdUse.NONE, false),
        /** Realised performance (labelled rows) is outside the band on the bad side. */
        PERFORMANCE_DEGRADED(ThresholdUse.NONE, false),
        /** Estimated performance (no labels needed) is outside the band on the bad side. */
        ESTIMATED_PERFORMANCE_DEGRADED(ThresholdUse.NONE, false);

        private final ThresholdUse threshold;
        private final boolean perFeature;

        Kind(ThresholdUse threshold, boolean perFeature) {
            this.threshold = threshold;
            this.perFeature = perFeature;
        }

        public ThresholdUse threshold() {
            return threshold;
        }

        /** Whether the rule may list {@code features}. */
        public boolean perFeature() {
            return perFeature;
        }

        /** The config name, e.g. {@code dataset_drift}. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** Config names of every kind, for messages. */
        public static List<String> labels() {
            return Arrays.stream(values()).map(Kind::label).toList();
        }

        /** The kind with this config name, or null. */
        public static Kind byLabel(String label) {
            return Arrays.stream(values()).filter(k -> k.label().equals(label)).findFirst().orElse(null);
        }
    }
}
