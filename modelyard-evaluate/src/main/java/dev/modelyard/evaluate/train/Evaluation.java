package dev.modelyard.evaluate.train;

import dev.modelyard.core.frame.Frame;
import dev.modelyard.evaluate.metrics.Metrics;
import dev.modelyard.scoring.pipeline.FittedPipeline;
import java.util.Map;

/** Metrics of a fitted pipeline on labelled data (the {@code evaluate} command). */
public final class Evaluation {
    private Evaluation() {}

    /** Result: every metric of the task, rows scored, rows dropped for a missing target, and extra columns ignored. */
    public record Result(Map<String, Double> metrics, int rows, int droppedRows, java.util.List<String> ignoredColumns) {}

    public static Result evaluate(FittedPipeline pipeline, Frame labelled, int threads) {
        TargetExtraction.Result t = TargetExtraction.forModel(labelled, pipeline.targetName(), pipeline.task(), pipeline.classes());
        java.util.List<String> extras = new java.util.ArrayList<>();
        Frame out = pipeline.predict(t.data(), threads, extras);
        Map<String, Double> m = Metrics.all(pipeline.task(), t.target(), PredictionFrames.toPredictions(out, pipeline.task()));
        return new Result(m, t.target().size(), t.droppedRows(), extras);
    }
}
