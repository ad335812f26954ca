package dev.modelyard.monitoring.result;

import java.time.Instant;
import java.util.List;

/**
 * A monitoring report: a model, its reference, and the findings for each window in time order.
 *
 * @param model          model name (or bundle file name)
 * @param version        model version (registry version, or the bundle's data fingerprint prefix)
 * @param referenceRows  rows in the reference profile
 * @param created        when the report was made
 * @param windows        findings per window
 * @param skippedLines   malformed prediction-log lines that were counted and skipped
 */
public record MonitoringReport(String model, String version, long referenceRows, Instant created,
                               List<WindowResult> windows, long skippedLines) {
    public MonitoringReport {
        windows = List.copyOf(windows);
    }
}
