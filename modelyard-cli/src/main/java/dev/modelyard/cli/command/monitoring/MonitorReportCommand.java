package dev.modelyard.cli.command.monitoring;

import dev.modelyard.cli.command.DataInput;
import dev.modelyard.cli.console.CancelOnExit;
import dev.modelyard.cli.console.ProgressBar;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.core.json.Json;
import dev.modelyard.core.progress.Progress;
import dev.modelyard.monitoring.Monitor;
import dev.modelyard.monitoring.MonitorOptions;
import dev.modelyard.monitoring.MonitoredModel;
import dev.modelyard.monitoring.alert.AlertConfig;
import dev.modelyard.monitoring.report.HtmlReport;
import dev.modelyard.monitoring.report.JsonReport;
import dev.modelyard.monitoring.result.MonitoringReport;
import dev.modelyard.monitoring.window.WindowSpec;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code modelyard monitor report}: drift and performance of a model on a data file, as HTML and JSON. */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Compare a data file with the model's training reference, window by window; write an HTML report.")
public final class MonitorReportCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "FILE", description = "The model bundle (it carries its reference profile).")
    Path model;

    @Option(names = "--data", required = true, paramLabel = "FILE", description = "New rows: CSV (.csv, .csv.gz), Parquet or JSON lines. "
            + "With the target column, realised performance is measured too.")
    Path data;

    @Option(names = "--reference", paramLabel = "FILE", description = "A reference profile to compare with instead of the bundle's (see 'monitor profile').")
    Path reference;

    @Option(names = "--time-column", paramLabel = "COL", description = "Timestamp or date column for time windows.")
    String timeColumn;

    @Option(names = "--window", paramLabel = "SPEC", description = "Window: 30m, 6h, 1d, 1w, 1mo (needs --time-column), 5000rows, or 'all' (default).")
    String window = "all";

    @Option(names = "--out", paramLabel = "FILE", description = "HTML report (default: drift-report.html).")
    Path out = Path.of("drift-report.html");

    @Option(names = "--report-json", paramLabel = "FILE", description = "Also write the findings as JSON.")
    Path reportJson;

    @Option(names = "--alerts", paramLabel = "FILE", description = "Alert rules (JSON); default rules otherwise.")
    Path alerts;

    @Option(names = "--no-domain-classifier", description = "Skip the multivariate domain-classifier test.")
    boolean noDomain;

    @Option(names = "--type", paramLabel = "COL=TYPE", description = "Override an inferred column type (repeatable).")
    List<String> types;

    @Option(names = "--threads", paramLabel = "N", description = "Scoring threads (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        WindowSpec windows = WindowSpec.parse(window);
        MonitoredModel m = ModelInput.load(model, null, reference);
        MonitorOptions opts = MonitorOptions.defaults();
        opts = new MonitorOptions(opts.drift().withDomainClassifier(!noDomain), opts.performance(),
                alerts == null ? AlertConfig.defaults() : AlertConfig.read(alerts), Math.max(1, threads));
        Frame frame = DataInput.read(data, DataInput.parseTypes(types), spec.commandLine().getErr(), quiet);
        MonitoringReport r;
        try (CancelOnExit cancel = new CancelOnExit(); ProgressBar bar = quiet ? null : ProgressBar.forConsole()) {
            r = Monitor.report(m, frame, timeColumn, windows, opts, bar == null ? Progress.NONE : bar, cancel.cancellation());
        }
        ReportPrinter.print(r, o);
        Files.writeString(out, HtmlReport.render(r), StandardCharsets.UTF_8);
        o.printf("%nHTML report written to %s%n", out.toAbsolutePath());
        if (reportJson != null) {
            Files.writeString(reportJson, Json.write(JsonReport.toJson(r)), StandardCharsets.UTF_8);
            o.printf("JSON report written to %s%n", reportJson.toAbsolutePath());
        }
        return 0;
    }
}
