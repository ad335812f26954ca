package dev.modelyard.monitoring;

import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.core.frame.Column;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.core.frame.TimestampColumn;
import dev.modelyard.core.progress.Cancellation;
import dev.modelyard.core.progress.Progress;
import dev.modelyard.monitoring.alert.AlertRules;
import dev.modelyard.monitoring.drift.DriftAnalyzer;
import dev.modelyard.monitoring.log.LoggedPredictions;
import dev.modelyard.monitoring.performance.PerformanceAnalyzer;
import dev.modelyard.monitoring.result.MonitoringReport;
import dev.modelyard.monitoring.result.WindowDrift;
import dev.modelyard.monitoring.result.WindowPerformance;
import dev.modelyard.monitoring.result.WindowResult;
import dev.modelyard.monitoring.window.Window;
import dev.modelyard.monitoring.window.WindowSpec;
import dev.modelyard.monitoring.window.WindowSplit;
import dev.modelyard.monitoring.window.Windows;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * A monitoring pass: split data (a file, or the server's prediction log) into windows and, for each, compare
 * features and predictions with the model's reference, measure or estimate performance, and apply the alert
 * rules. Pure: nothing is written or sent here (see {@code alert.AlertDispatcher} for that).
 */
public final class Monitor {
    /** Name of the timestamp column {@link #report(MonitoredModel, LoggedPredictions, WindowSpec, MonitorOptions, Progress, Cancellation)} windows on. */
    public static final String LOG_TIME = "ts";

    private Monitor() {}

    /**
     * Findings for one window.
     *
     * @param outputs the model's outputs on {@code data} when already known (the prediction log), else null to score
     * @param actual  outcomes aligned with the rows (nulls where unknown), or null
     */
    public static WindowResult window(MonitoredModel m, String label, Instant start, Instant end, Frame data, Frame outputs,
                                      Column actual, MonitorOptions o) {
        if (data.rowCount() == 0) {
            throw ModelyardException.invalid("window " + label + " has no rows");
        }
        requireFeatures(m, data);
        Frame features = data.selectColumns(m.reference().featureNames());
        // Scoring checks the input signature (a mistyped column is a clear error naming it).
        Frame out = outputs != null ? outputs : m.pipeline().predict(features, Math.max(1, o.threads()));
        WindowDrift drift = DriftAnalyzer.analyze(m.reference(), features,
                m.reference().prediction() == null ? null : m.predictionColumn(out), o.drift());
        WindowPerformance perf = m.baseline() == null ? null : PerformanceAnalyzer.analyze(m.baseline(), out, actual, o.performance());
        WindowResult bare = new WindowResult(label, start, end, data.rowCount(), drift, perf, List.of());
        return new WindowResult(label, start, end, data.rowCount(), drift, perf, AlertRules.evaluate(o.alerts(), bare));
    }

    /**
     * A report over a data file: windows by {@code spec} on {@code timeColumn} (or by row count), realised
     * performance where the file has the target column.
     */
    public static MonitoringReport report(MonitoredModel m, Frame data, String timeColumn, WindowSpec spec, MonitorOptions o,
                                          Progress progress, Cancellation cancel) {
        if (data.rowCount() == 0) {
            throw ModelyardException.invalid("the data has no rows: nothing to monitor");
        }
        requireFeatures(m, data);
        String target = m.pipeline().targetName();
        Column actual = target != null && data.has(target) ? data.column(target) : null;
        WindowSplit split = Windows.split(data, timeColumn, spec);
        List<WindowResult> results = new ArrayList<>();
        int i = 0;
        for (Window w : split.windows()) {
            cancel.check();
            progress.update("window " + w.label(), i++, split.windows().size());
            results.add(window(m, w.label(), w.start(), w.end(), data.select(w.rows()), null,
                    actual == null ? null : actual.select(w.rows()), o));
        }
        progress.update("done", i, split.windows().size());
        return new MonitoringReport(m.name(), m.version(), m.reference().rows(), Instant.now(), results, 0);
    }

    /** A report over the server's prediction log: the logged outputs are used as they were served. */
    public static MonitoringReport report(MonitoredModel m, LoggedPredictions log, WindowSpec spec, MonitorOptions o,
                                          Progress progress, Cancellation cancel) {
        if (log.features().rowCount() == 0) {
            throw ModelyardException.invalid("the prediction log has no rows for model '" + m.name() + "'"
                    + (log.skippedLines() > 0 ? " (" + log.skippedLines() + " malformed lines skipped)" : ""));
        }
        Frame times = Frame.of(TimestampColumn.of(LOG_TIME, log.epochMillis(), new BitSet()));
        WindowSplit split = Windows.split(times, LOG_TIME, spec);
        List<WindowResult> results = new ArrayList<>();
        int i = 0;
        for (Window w : split.windows()) {
            cancel.check();
            progress.update("window " + w.label(), i++, split.windows().size());
            int[] rows = w.rows();
            results.add(window(m, w.label(), w.start(), w.end(), log.features().select(rows), log.outputs().select(rows),
                    log.actual() == null ? null : log.actual().select(rows), o));
        }
        progress.update("done", i, split.windows().size());
        return new MonitoringReport(m.name(), m.version(), m.reference().rows(), Instant.now(), results, log.skippedLines());
    }

    private static void requireFeatures(MonitoredModel m, Frame data) {
        List<String> missing = m.missingFeatures(data);
        if (!missing.isEmpty()) {
            throw ModelyardException.invalid("the data lacks column" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing)
                    + " that model '" + m.name() + "' was trained on (it has: " + String.join(", ", data.schema().names()) + ")");
        }
    }
}
