package dev.modelyard.cli.command.monitoring;

import dev.modelyard.cli.command.DataInput;
import dev.modelyard.cli.command.tracking.StoreOptions;
import dev.modelyard.cli.console.CancelOnExit;
import dev.modelyard.cli.console.ProgressBar;
import dev.modelyard.cli.console.TextTable;
import dev.modelyard.core.frame.ColumnType;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.core.json.Json;
import dev.modelyard.core.progress.Progress;
import dev.modelyard.monitoring.retrain.ChampionRef;
import dev.modelyard.monitoring.retrain.RetrainDecision;
import dev.modelyard.monitoring.retrain.RetrainRequest;
import dev.modelyard.monitoring.retrain.Retrainer;
import dev.modelyard.tracking.api.TrackingConnection;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code modelyard retrain}: train a challenger with the champion's recipe and promote it only if it is clearly better. */
@Command(name = "retrain", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Train a challenger on new data with the champion's recipe (target, task, metric, learner, folds, features),"
                + " compare both on the same most recent labelled rows, and move the champion's alias to the challenger only if"
                + " it is better by --margin and a paired bootstrap finds the gain significant (p < --alpha).",
                "Exit code 0 whether the challenger is promoted or not."})
public final class RetrainCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "NAME@ALIAS|FILE",
            description = "The champion: a registered model's alias (e.g. bikes@champion) or a bundle file.")
    String model;

    @Option(names = "--data", required = true, paramLabel = "FILE", description = "New labelled data to train the challenger on.")
    Path data;

    @Option(names = "--eval-data", paramLabel = "FILE",
            description = "Labelled data to compare both on (default: the most recent --eval-fraction of --data, then not trained on).")
    Path evalData;

    @Option(names = "--eval-fraction", paramLabel = "F", description = "Share of --data held out for evaluation (default: ${DEFAULT-VALUE}).")
    double evalFraction = 0.2;

    @Option(names = "--time-column", paramLabel = "COL", description = "Hold out the most recent rows by this column (default: the last rows).")
    String timeColumn;

    @Option(names = "--margin", paramLabel = "M", description = "Relative improvement required to promote (default: ${DEFAULT-VALUE}, i.e. 1%%).")
    double margin = 0.01;

    @Option(names = "--alpha", paramLabel = "A", description = "Significance level of the paired bootstrap (default: ${DEFAULT-VALUE}).")
    double alpha = 0.05;

    @Option(names = "--bootstrap", paramLabel = "B", description = "Bootstrap resamples (default: ${DEFAULT-VALUE}).")
    int bootstrap = 1000;

    @Option(names = "--dry-run", description = "Decide and report; register nothing and move no alias (runs are still recorded, tagged dry_run=true).")
    boolean dryRun;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the challenger bundle (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("challenger.zip");

    @Option(names = "--experiment", paramLabel = "NAME", description = "Tracking experiment of the runs (default: Default).")
    String experiment;

    @Mixin StoreOptions store;

    @Option(names = "--seed", paramLabel = "N", description = "Seed for training and resampling (default: ${DEFAULT-VALUE}).")
    long seed = 42;

    @Option(names = "--threads", paramLabel = "N", description = "Threads (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--type", paramLabel = "COL=TYPE", description = "Override an inferred column type (repeatable).")
    List<String> types;

    @Option(names = "--report-json", paramLabel = "FILE", description = "Also write the decision as JSON.")
    Path reportJson;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar or data summaries.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ChampionRef champion = ChampionRef.parse(model);
        Map<String, ColumnType> typeOverrides = DataInput.parseTypes(types);
        Frame frame = DataInput.read(data, typeOverrides, err, quiet);
        Frame eval = evalData == null ? null : DataInput.read(evalData, typeOverrides, err, quiet);
        // A registered champion needs the registry (the default local store unless one is named); a bundle file is
        // tracked only when a store is named, as with train.
        boolean track = champion instanceof ChampionRef.Registered || store.configured();
        try (TrackingConnection backend = track ? store.connect() : null) {
            RetrainRequest req = new RetrainRequest(champion, frame, eval, evalFraction, timeColumn, margin, alpha, bootstrap, seed,
                    dryRun, backend, experiment, out, Math.max(1, threads));
            RetrainDecision d;
            try (CancelOnExit cancel = new CancelOnExit(); ProgressBar bar = quiet ? null : ProgressBar.forConsole()) {
                d = Retrainer.retrain(req, bar == null ? Progress.NONE : bar, cancel.cancellation());
            }
            print(d, o);
            if (d.runId() != null) {
                o.printf("Tracked as run %s in %s%n", d.runId(), store.trackingUri());
            }
        }
        return 0;
    }

    private void print(RetrainDecision d, PrintWriter o) throws java.io.IOException {
        o.printf("%nChampion %s%s · challenger trained on %,d rows · evaluated on %,d rows (%s)%n", d.champion(),
                d.championVersion() == null ? "" : " (version " + d.championVersion() + ")", d.trainRows(), d.evalRows(), d.evaluation());
        TextTable t = new TextTable("model", d.metric());
        t.row("champion", String.format(Locale.ROOT, "%.4f", d.championValue()));
        t.row("challenger", String.format(Locale.ROOT, "%.4f", d.challengerValue()));
        o.print(t.render());
        o.printf(Locale.ROOT, "Improvement %+.2f%% (margin %.2f%%), p-value %.4f (paired bootstrap, %d resamples; alpha %s)%n",
                d.improvement() * 100, margin * 100, d.pValue(), bootstrap, alpha);
        o.printf("Decision%s: %s%n", d.dryRun() ? " (dry run)" : "", d.reason());
        o.printf("Challenger bundle written to %s%n", d.challengerBundle());
        if (d.newVersion() != null) {
            o.printf("Registered as version %s%s%n", d.newVersion(), d.promoted() && !d.dryRun()
                    ? "; alias moved: " + model + " -> version " + d.newVersion() : "");
        }
        if (reportJson != null) {
            Files.writeString(reportJson, Json.write(d.toJson()));
            o.printf("Report written to %s%n", reportJson.toAbsolutePath());
        }
    }
}
