package dev.modelyard.cli.command.monitoring;

import dev.modelyard.cli.console.CancelOnExit;
import dev.modelyard.core.json.Json;
import dev.modelyard.core.progress.Cancellation;
import dev.modelyard.core.progress.Progress;
import dev.modelyard.monitoring.Monitor;
import dev.modelyard.monitoring.MonitorOptions;
import dev.modelyard.monitoring.MonitoredModel;
import dev.modelyard.monitoring.alert.AlertConfig;
import dev.modelyard.monitoring.alert.AlertDispatcher;
import dev.modelyard.monitoring.log.LoggedPredictions;
import dev.modelyard.monitoring.log.PredictionLogReader;
import dev.modelyard.monitoring.report.HtmlReport;
import dev.modelyard.monitoring.report.JsonReport;
import dev.modelyard.monitoring.report.ReportFiles;
import dev.modelyard.monitoring.result.Alert;
import dev.modelyard.monitoring.result.MonitoringReport;
import dev.modelyard.monitoring.window.WindowSpec;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code modelyard monitor run}: watches the server's prediction log. Every interval it re-reads the log,
 * analyses each window, sends the alerts not sent before (the state file remembers them across restarts), and
 * rewrites {@code report.html} and {@code report.json} in the output folder. Malformed log lines are counted
 * and skipped. Stops on Ctrl-C, or after one pass with {@code --once}.
 */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Monitor a served model from the server's prediction log (--log-dir of 'modelyard serve') until stopped.")
public final class MonitorRunCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "FILE", description = "The bundle being served.")
    Path model;

    @Option(names = "--name", paramLabel = "NAME", description = "The model's name in the log (default: the bundle's file name without .zip).")
    String name;

    @Option(names = "--log-dir", required = true, paramLabel = "DIR", description = "The server's prediction log folder.")
    Path logDir;

    @Option(names = "--reference", paramLabel = "FILE", description = "A reference profile instead of the bundle's.")
    Path reference;

    @Option(names = "--window", paramLabel = "SPEC", description = "Window: 30m, 6h, 1d (default), 1w, 1mo, or 5000rows.")
    String window = "1d";

    @Option(names = "--interval", paramLabel = "SECONDS", description = "Seconds between passes (default 60).")
    long intervalSeconds = 60;

    @Option(names = "--once", description = "One pass, then exit.")
    boolean once;

    @Option(names = "--alerts", paramLabel = "FILE", description = "Alert rules and sinks (JSON); default rules and a log sink otherwise.")
    Path alerts;

    @Option(names = "--state", paramLabel = "FILE", description = "Which alerts were sent already (default: LOG_DIR/monitor-state.json).")
    Path state;

    @Option(names = "--out-dir", paramLabel = "DIR", description = "Where report.html and report.json go (default: LOG_DIR/monitoring).")
    Path outDir;

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        WindowSpec windows = WindowSpec.parse(window);
        MonitoredModel m = ModelInput.load(model, name, reference);
        AlertConfig config = alerts == null ? AlertConfig.defaults() : AlertConfig.read(alerts);
        MonitorOptions opts = MonitorOptions.defaults().withAlerts(config);
        Path out = outDir != null ? outDir : logDir.resolve("monitoring");
        Files.createDirectories(out);
        AlertDispatcher dispatcher = new AlertDispatcher(config, state != null ? state : logDir.resolve("monitor-state.json"));
        try (CancelOnExit exit = new CancelOnExit()) {
            Cancellation cancel = exit.cancellation();
            o.printf("Monitoring '%s' from %s every %d s (windows: %s)%n", m.name(), logDir.toAbsolutePath(), intervalSeconds, window);
            o.flush();
            while (!cancel.isCancelled()) {
                pass(m, windows, opts, dispatcher, out, cancel, o);
                if (once) {
                    break;
                }
                sleep(cancel);
            }
        }
        return 0;
    }

    private void pass(MonitoredModel m, WindowSpec windows, MonitorOptions opts, AlertDispatcher dispatcher, Path out,
                      Cancellation cancel, PrintWriter o) throws IOException {
        LoggedPredictions log = PredictionLogReader.read(logDir, m.name(), m.pipeline().signature());
        if (log.features().rowCount() == 0) {
            o.printf("%s no predictions of '%s' logged yet%s%n", Instant.now(), m.name(),
                    log.skippedLines() > 0 ? " (" + log.skippedLines() + " malformed lines skipped)" : "");
            o.flush();
            return;
        }
        MonitoringReport r = Monitor.report(m, log, windows, opts, Progress.NONE, cancel);
        List<Alert> all = r.windows().stream().flatMap(w -> w.alerts().stream()).toList();
        List<Alert> fresh = dispatcher.dispatch(m.name(), all);
        ReportFiles.replace(out.resolve("report.json"), Json.write(JsonReport.toJson(r)));
        ReportFiles.replace(out.resolve("report.html"), HtmlReport.render(r));
        o.printf("%s %,d rows in %d window(s), %d new alert(s), %,d malformed line(s) skipped; report: %s%n", Instant.now(),
                log.features().rowCount(), r.windows().size(), fresh.size(), log.skippedLines(), out.resolve("report.html"));
        for (Alert a : fresh) {
            o.printf("  [%s] %s: %s%n", a.severity(), a.window(), a.message());
        }
        o.flush();
    }

    private void sleep(Cancellation cancel) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(Math.max(1, intervalSeconds));
        while (!cancel.isCancelled() && System.nanoTime() < until) {
            Thread.sleep(200);
        }
    }
}
