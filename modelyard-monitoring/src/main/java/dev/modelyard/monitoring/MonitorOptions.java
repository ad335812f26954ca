package dev.modelyard.monitoring;

import dev.modelyard.monitoring.alert.AlertConfig;
import dev.modelyard.monitoring.drift.DriftOptions;
import dev.modelyard.monitoring.performance.PerformanceOptions;

/** Thresholds and rules for a monitoring pass. */
public record MonitorOptions(DriftOptions drift, PerformanceOptions performance, AlertConfig alerts, int threads) {
    public static MonitorOptions defaults() {
        return new MonitorOptions(DriftOptions.defaults(), PerformanceOptions.defaults(), AlertConfig.defaults(),
                Runtime.getRuntime().availableProcessors());
    }

    public MonitorOptions withAlerts(AlertConfig a) {
        return new MonitorOptions(drift, performance, a, threads);
    }

    public MonitorOptions withDrift(DriftOptions d) {
        return new MonitorOptions(d, performance, alerts, threads);
    }
}
