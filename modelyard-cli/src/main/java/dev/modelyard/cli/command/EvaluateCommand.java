package dev.modelyard.cli.command;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelyard.cli.console.TextTable;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.core.json.Json;
import dev.modelyard.evaluate.train.Evaluation;
import dev.modelyard.scoring.bundle.ModelBundle;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code modelyard evaluate}: metrics of a saved bundle on labelled data, next to its cross-validation estimate. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Compute every metric of the model's task on labelled data (the file must contain the target column).")
public final class EvaluateCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "FILE", description = "The bundle written by 'modelyard train'.")
    Path model;

    @Option(names = "--data", required = true, paramLabel = "FILE", description = "Labelled rows: CSV (.csv, .csv.gz), Parquet or JSON lines.")
    Path data;

    @Option(names = "--report-json", paramLabel = "FILE", description = "Also write the metrics as JSON.")
    Path reportJson;

    @Option(names = "--threads", paramLabel = "N", description = "Scoring threads (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ModelBundle bundle = ModelBundle.read(model);
        Frame frame = DataInput.read(data, Map.of(), err, false);
        Evaluation.Result r = Evaluation.evaluate(bundle.pipeline(), frame, Math.max(1, threads));
        if (!r.ignoredColumns().isEmpty()) {
            err.println("note: ignoring columns the model does not use: " + String.join(", ", r.ignoredColumns()));
        }
        ObjectNode cv = (ObjectNode) bundle.evaluation().path("cvMetrics");
        o.printf("Evaluated %,d rows%s%n", r.rows(), r.droppedRows() > 0 ? String.format(" (%,d with a missing target dropped)", r.droppedRows()) : "");
        TextTable t = new TextTable("metric", "this data", "training cv");
        for (Map.Entry<String, Double> e : r.metrics().entrySet()) {
            t.row(e.getKey(), String.format("%.4f", e.getValue()), cv.has(e.getKey()) ? String.format("%.4f", cv.get(e.getKey()).asDouble()) : "");
        }
        o.print(t.render());
        if (reportJson != null) {
            ObjectNode j = Json.object();
            j.put("model", model.toString());
            j.put("data", data.toString());
            j.put("rows", r.rows());
            j.put("droppedRowsMissingTarget", r.droppedRows());
            ObjectNode m = j.putObject("metrics");
            r.metrics().forEach(m::put);
            j.set("trainingCvMetrics", cv);
            Files.writeString(reportJson, Json.write(j));
            o.printf("Report written to %s%n", reportJson.toAbsolutePath());
        }
        return 0;
    }
}
