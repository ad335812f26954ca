package dev.modelyard.cli.command;

import dev.modelyard.cli.console.ProgressBar;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.core.progress.Cancellation;
import dev.modelyard.evaluate.train.TrainRequest;
import dev.modelyard.evaluate.train.TrainResult;
import dev.modelyard.evaluate.train.Trainer;
import dev.modelyard.scoring.bundle.ModelBundle;
import dev.modelyard.scoring.pipeline.FittedPipeline;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code modelyard quickstart}: the whole loop on the bundled sample, in seconds. */
@Command(name = "quickstart", mixinStandardHelpOptions = true,
        description = {"Train on a bundled sample (2,036 rows of UCI Adult, target 'income'), print the leaderboard,",
                "write the bundle, load it back and score a few rows."})
public final class QuickstartCommand implements Callable<Integer> {
    private static final String SAMPLE = "/dev/modelyard/cli/samples/adult_sample.csv";

    @Spec CommandSpec spec;

    @Option(names = "--dir", paramLabel = "DIR", description = "Working folder for the sample and the bundle (default: ${DEFAULT-VALUE}).")
    Path dir = Path.of("modelyard-quickstart");

    @Override
    public Integer call() throws IOException {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Files.createDirectories(dir);
        Path csv = dir.resolve("adult_sample.csv");
        try (InputStream in = QuickstartCommand.class.getResourceAsStream(SAMPLE)) {
            if (in == null) {
                throw new IllegalStateException("the bundled sample is missing from this build");
            }
            Files.copy(in, csv, StandardCopyOption.REPLACE_EXISTING);
        }
        o.println("1. Sample data: " + csv.toAbsolutePath());
        Frame data = DataInput.read(csv, java.util.Map.of(), err, false);
        o.println("2. Training linear, gbdt and rf with stratified 5-fold cross-validation on target 'income'");
        TrainResult r;
        try (ProgressBar bar = ProgressBar.forConsole()) {
            r = Trainer.train(data, TrainRequest.of("income"), bar, new Cancellation());
        }
        TrainCommand.print(r, o);
        Path bundle = dir.resolve("model.zip");
        r.save(bundle);
        o.printf("%n3. Bundle: %s (%,d bytes)%n", bundle.toAbsolutePath(), Files.size(bundle));
        FittedPipeline loaded = ModelBundle.read(bundle).pipeline();
        Frame rows = data.head(5);
        Frame scored = ScoredFrames.of(loaded, loaded.predict(rows));
        o.println("4. Scores from the reloaded bundle for the first 5 rows (true income on the left):");
        o.print(rows.selectColumns(java.util.List.of("income", "age", "education", "occupation")).concatColumns(scored).toTable(5));
        o.println("\nNext: ./modelyard predict --model " + bundle + " --data " + csv + " --out predictions.csv");
        return 0;
    }
}
