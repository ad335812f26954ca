package dev.modelyard.cli.command;

import dev.modelyard.cli.command.tracking.StoreOptions;
import dev.modelyard.cli.console.CancelOnExit;
import dev.modelyard.cli.console.ProgressBar;
import dev.modelyard.cli.console.TextTable;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.core.json.Json;
import dev.modelyard.data.io.SchemaPrinter;
import dev.modelyard.evaluate.leakage.LeakageFinding;
import dev.modelyard.evaluate.track.TrainingRunLog;
import dev.modelyard.evaluate.train.LeaderboardEntry;
import dev.modelyard.evaluate.train.LearnerCatalog;
import dev.modelyard.evaluate.train.TrainReport;
import dev.modelyard.evaluate.train.TrainRequest;
import dev.modelyard.evaluate.train.TrainResult;
import dev.modelyard.evaluate.train.Trainer;
import dev.modelyard.scoring.api.Task;
import dev.modelyard.tracking.Tracker;
import dev.modelyard.tracking.api.ModelVersion;
import dev.modelyard.tracking.api.TrackingConnection;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code modelyard train}: cross-validate learners, pick the best, refit and save a bundle. */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Train and compare learners with cross-validation, refit the best on all rows and save it as a bundle.",
                "Leakage checks run first and are shown (and saved in the bundle); --strict makes them errors."})
public final class TrainCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "FILE", description = "Training data: CSV (.csv, .csv.gz), Parquet or JSON lines.")
    Path data;

    @Option(names = "--target", required = true, paramLabel = "COL", description = "The column to predict.")
    String target;

    @Option(names = "--task", paramLabel = "TASK", description = "binary, multiclass or regression (default: inferred from the target).")
    String task;

    @Option(names = "--metric", paramLabel = "NAME", description = "Metric that picks the winner: auc, logloss, accuracy, f1, macro_f1, rmse, mae, r2, … (default: auc, logloss or rmse by task).")
    String metric;

    @Option(names = "--learners", split = ",", paramLabel = "LIST", description = "Learners to compare: linear, gbdt (XGBoost), lgbm (LightGBM), rf (default: linear,gbdt,rf).")
    List<String> learners = LearnerCatalog.defaults();

    @Option(names = "--folds", paramLabel = "K", description = "Cross-validation folds (default: ${DEFAULT-VALUE}); stratified for classification.")
    int folds = 5;

    @Option(names = "--holdout", paramLabel = "FRACTION", description = "Validate on one hold-out split of this share (e.g. 0.2) instead of k folds.")
    double holdout;

    @Option(names = "--time-column", paramLabel = "COL", description = "Split in time order on this column (training rows always before validation rows).")
    String timeColumn;

    @Option(names = "--group-column", paramLabel = "COL", description = "Keep each group on one side of every split; the column is not used as a feature.")
    String groupColumn;

    @Option(names = "--seed", paramLabel = "N", description = "Seed for splits and learners (default: ${DEFAULT-VALUE}).")
    long seed = 42;

    @Option(names = "--threads", paramLabel = "N", description = "Threads for training (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--strict", description = "Treat leakage findings as errors (exit code 2).")
    boolean strict;

    @Option(names = "--type", paramLabel = "COL=TYPE", description = "Override an inferred column type (double, long, categorical, text, timestamp, boolean). Repeatable.")
    List<String> types;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the bundle (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("model.zip");

    @Option(names = "--report-json", paramLabel = "FILE", description = "Also write the leaderboard, chosen learner, metrics and leakage findings as JSON.")
    Path reportJson;

    @Option(names = "--track", description = "Log this job as a tracking run (also on when $MODELYARD_TRACKING_URI or --backend-store-uri is set).")
    boolean track;

    @Option(names = "--experiment", paramLabel = "NAME", description = "Tracking experiment (default: Default).")
    String experiment;

    @Option(names = "--run-name", paramLabel = "NAME", description = "Name of the tracking run (default: generated).")
    String runName;

    @Option(names = "--register", paramLabel = "MODEL", description = "Register the bundle as a new version of this model (implies --track).")
    String register;

    @Mixin StoreOptions store;

    @Option(names = {"-q", "--quiet"}, description = "Print only the leaderboard and the bundle path.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Frame frame = DataInput.read(data, DataInput.parseTypes(types), err, quiet);
        if (!quiet) {
            err.print(SchemaPrinter.render(frame));
            err.flush();
        }
        TrainRequest req = new TrainRequest(target, task == null ? null : Task.parse(task), metric, learners, folds, holdout,
                timeColumn, groupColumn, seed, strict, Math.max(1, threads));
        // Open the tracking store before training, so a wrong URI fails in a second, not after the job.
        try (TrackingConnection backend = track || register != null || store.configured() ? store.connect() : null) {
            long started = System.currentTimeMillis();
            TrainResult r;
            try (CancelOnExit cancel = new CancelOnExit(); ProgressBar bar = quiet ? null : ProgressBar.forConsole()) {
                r = Trainer.train(frame, req, bar == null ? dev.modelyard.core.progress.Progress.NONE : bar, cancel.cancellation());
            }
            print(r, o);
            r.save(out);
            o.printf("Bundle written to %s (%,d bytes)%n", out.toAbsolutePath(), Files.size(out));
            if (reportJson != null) {
                Files.writeString(reportJson, Json.write(TrainReport.toJson(r)));
                o.printf("Report written to %s%n", reportJson.toAbsolutePath());
            }
            if (backend != null) {
                logRun(backend, req, r, started, o);
            }
        }
        return 0;
    }

    private void logRun(TrackingConnection backend, TrainRequest req, TrainResult r, long started, PrintWriter o) throws java.io.IOException {
        Path report = reportJson;
        Path temp = null;
        if (report == null) {
            temp = Files.createTempFile("modelyard-report", ".json");
            Files.writeString(temp, Json.write(TrainReport.toJson(r)));
            report = temp;
        }
        try {
            Tracker tracker = Tracker.of(backend.tracking(), backend.artifacts());
            try (Tracker.ActiveRun run = (experiment == null ? tracker : tracker.experiment(experiment)).start(runName, started)) {
                TrainingRunLog.log(run, req, r, data, out, report);
                o.printf("Tracked as run %s in %s%n", run.runId(), store.trackingUri());
                if (register != null) {
                    ModelVersion v = TrainingRunLog.register(backend.registry(), register, run, r);
                    o.printf("Registered %s version %s%n", v.name(), v.version());
                }
            }
        } finally {
            if (temp != null) {
                Files.deleteIfExists(temp);
            }
        }
    }

    static void print(TrainResult r, PrintWriter o) {
        o.printf("%nTask: %s (target '%s'%s) · %,d rows%s · %s · metric %s%n", r.task().label(), r.pipeline().targetName(),
                r.task().isClassification() ? ": " + String.join(", ", r.pipeline().classes()) : "", r.rows(),
                r.droppedRows() > 0 ? String.format(" (%,d rows with a missing target dropped)", r.droppedRows()) : "",
                r.split(), r.metric());
        if (r.leakage().isEmpty()) {
            o.println("Leakage checks: nothing found.");
        } else {
            o.println("Leakage warnings:");
            for (LeakageFinding f : r.leakage()) {
                o.println("  ! " + f.message());
            }
        }
        o.println();
        TextTable t = new TextTable("rank", "learner", r.metric() + " (cv mean ± std)", "fit s/fold");
        int rank = 1;
        for (LeaderboardEntry e : r.leaderboard()) {
            t.row(rank++, e.learner(), e.score().format(), String.format("%.2f", e.fitSecondsPerFold()));
        }
        o.print(t.render());
        o.printf("%nChosen: %s, refitted on all %,d rows (total %.1f s)%n", r.chosen(), r.rows(), r.seconds());
    }
}
