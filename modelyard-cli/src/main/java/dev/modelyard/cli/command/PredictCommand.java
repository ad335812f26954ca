package dev.modelyard.cli.command;

import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.data.io.DataWriter;
import dev.modelyard.scoring.bundle.ModelBundle;
import dev.modelyard.scoring.pipeline.FittedPipeline;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code modelyard predict}: batch scoring with a saved bundle, on all cores. */
@Command(name = "predict", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Score a data file with a saved bundle. Columns the model does not use are ignored (with a note);",
                "a missing required column or a column of the wrong type is an error."})
public final class PredictCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "FILE", description = "The bundle written by 'modelyard train'.")
    Path model;

    @Option(names = "--data", required = true, paramLabel = "FILE", description = "Rows to score: CSV (.csv, .csv.gz), Parquet or JSON lines.")
    Path data;

    @Option(names = "--out", paramLabel = "FILE", description = "Write predictions here (.csv, or .jsonl); default: standard output.")
    Path out;

    @Option(names = "--format", paramLabel = "FMT", description = "csv or jsonl (default: from --out's extension, else csv).")
    String format;

    @Option(names = "--threads", paramLabel = "N", description = "Scoring threads (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String fmt = format != null ? format.toLowerCase(Locale.ROOT)
                : out != null && out.toString().endsWith(".jsonl") ? "jsonl" : "csv";
        if (!fmt.equals("csv") && !fmt.equals("jsonl")) {
            throw ModelyardException.invalid("--format must be csv or jsonl, got '" + format + "'");
        }
        FittedPipeline pipeline = ModelBundle.read(model).pipeline();
        Frame frame = DataInput.read(data, java.util.Map.of(), err, false);
        List<String> extras = new ArrayList<>();
        long t0 = System.nanoTime();
        Frame scored = ScoredFrames.of(pipeline, pipeline.predict(frame, Math.max(1, threads), extras));
        double secs = (System.nanoTime() - t0) / 1e9;
        extras.remove(pipeline.targetName());
        if (!extras.isEmpty()) {
            err.println("note: ignoring columns the model does not use: " + String.join(", ", extras));
        }
        if (out == null) {
            if (fmt.equals("csv")) {
                DataWriter.writeCsv(scored, o);
            } else {
                DataWriter.writeJsonLines(scored, o);
            }
            o.flush();
        } else if (fmt.equals("csv")) {
            createParent(out);
            DataWriter.writeCsv(scored, out);
        } else {
            createParent(out);
            DataWriter.writeJsonLines(scored, out);
        }
        err.printf("Scored %,d rows in %.2f s (%,.0f rows/s)%s%n", scored.rowCount(), secs, scored.rowCount() / Math.max(secs, 1e-9),
                out == null ? "" : "; wrote " + out.toAbsolutePath());
        return 0;
    }

    /** As for bundles, a missing output folder is created rather than reported as an unreadable path. */
    private static void createParent(Path file) throws java.io.IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            java.nio.file.Files.createDirectories(parent);
        }
    }
}
