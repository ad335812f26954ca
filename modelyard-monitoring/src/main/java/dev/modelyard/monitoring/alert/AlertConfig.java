package dev.modelyard.monitoring.alert;

import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.monitoring.alert.AlertRule.Kind;
import java.nio.file.Path;
import java.util.List;

/**
 * Alert rules and sinks, usually from a JSON file:
 * <pre>{@code
 * {"rules": [{"name": "psi_high", "when": "psi", "threshold": 0.2, "severity": "critical", "features": ["age"]}],
 *  "sinks": [{"type": "log"}, {"type": "webhook", "url": "https://…", "timeoutMs": 5000}, {"type": "status", "path": "status.json"}]}
 * }</pre>
 * Without {@code rules} the {@link #defaults()} rules apply, without {@code sinks} the log.
 */
public record AlertConfig(List<AlertRule> rules, List<AlertSink> sinks) {
    public AlertConfig {
        rules = List.copyOf(rules);
        sinks = List.copyOf(sinks);
    }

    /**
     * Dataset drift (critical), domain-classifier AUC ≥ 0.6 (critical), PSI ≥ 0.2 (critical) and ≥ 0.1 (warning),
     * prediction drift (warning) and realised performance degradation (critical); alerts go to the log.
     */
    public static AlertConfig defaults() {
        return new AlertConfig(defaultRules(), List.of(new AlertSink.Log()));
    }

    static List<AlertRule> defaultRules() {
        return List.of(
                AlertRule.of("dataset_drift", Kind.DATASET_DRIFT, Double.NaN, AlertRule.CRITICAL),
                AlertRule.of("domain_auc", Kind.DOMAIN_AUC, 0.6, AlertRule.CRITICAL),
                AlertRule.of("psi_critical", Kind.PSI, 0.2, AlertRule.CRITICAL),
                AlertRule.of("psi_warning", Kind.PSI, 0.1, AlertRule.WARNING),
                AlertRule.of("prediction_drift", Kind.PREDICTION_DRIFT, Double.NaN, AlertRule.WARNING),
                AlertRule.of("performance_degraded", Kind.PERFORMANCE_DEGRADED, Double.NaN, AlertRule.CRITICAL));
    }

    /**
     * Reads a config file; relative status paths are taken from the file's folder.
     *
     * @throws ModelyardException naming the file and the JSON path of anything wrong
     */
    public static AlertConfig read(Path file) {
        return ConfigReader.read(file);
    }
}
