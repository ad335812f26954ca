package dev.modelyard.monitoring.performance;

import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.core.frame.Column;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.evaluate.metrics.Metric;
import dev.modelyard.evaluate.metrics.Predictions;
import dev.modelyard.evaluate.train.PredictionFrames;
import dev.modelyard.evaluate.train.TargetExtraction;
import dev.modelyard.scoring.api.Model;
import dev.modelyard.scoring.api.Target;
import dev.modelyard.scoring.api.Task;
import dev.modelyard.scoring.pipeline.FittedPipeline;
import java.util.List;

/**
 * A model's predictions on labelled rows next to the labels, encoded as the metrics package expects: what a
 * realised metric, a bootstrap or a champion/challenger comparison is computed on.
 *
 * @param target      the labels (class indices in the model's class order, or values)
 * @param predictions the model's output on the same rows
 * @param rows        for each entry, its row in the frame it came from
 */
public record LabelledScores(Target target, Predictions predictions, int[] rows) {
    public LabelledScores {
        if (target.size() != predictions.size() || rows.length != target.size()) {
            throw new IllegalArgumentException(target.size() + " labels, " + predictions.size() + " predictions, "
                    + rows.length + " row numbers");
        }
    }

    /**
     * The labelled rows of a window: {@code output} is a pipeline's output ({@code proba_<class>} columns or
     * {@code prediction}; other columns are ignored), {@code actual} the outcomes, null where unknown. Labels are
     * encoded as {@link TargetExtraction#forModel} does (a label the model never saw is an error naming it).
     * Null when no row is labelled.
     */
    public static LabelledScores of(Frame output, Column actual, Task task, List<String> classes) {
        if (actual.size() != output.rowCount()) {
            throw ModelyardException.invalid("the outcome column '" + actual.name() + "' has " + actual.size()
                    + " rows but there are " + output.rowCount() + " predictions");
        }
        if (actual.nullCount() == actual.size()) {
            return null;
        }
        TargetExtraction.Result t = TargetExtraction.forModel(Frame.of(actual), actual.name(), task, classes);
        Frame kept = outputs(output, task, classes).select(t.keptRows());
        return new LabelledScores(t.target(), PredictionFrames.toPredictions(kept, task), t.keptRows());
    }

    /** Scores labelled data with a pipeline (target column named as in training; rows without a target skipped). */
    public static LabelledScores score(FittedPipeline pipeline, Frame labelled, int threads) {
        TargetExtraction.Result t = TargetExtraction.forModel(labelled, pipeline.targetName(), pipeline.task(), pipeline.classes());
        Frame out = pipeline.predict(t.data(), threads);
        return new LabelledScores(t.target(), PredictionFrames.toPredictions(out, pipeline.task()), t.keptRows());
    }

    /**
     * The model output columns of a task in class order, from a frame that may hold more; a missing one is an
     * error naming it.
     */
    public static Frame outputs(Frame output, Task task, List<String> classes) {
        List<String> names = Model.outputNames(task, classes);
        for (String n : names) {
            if (!output.has(n)) {
                throw ModelyardException.invalid("the predictions have no column '" + n + "' (expected " + String.join(", ", names)
                        + " for a " + task.label() + " model; found " + String.join(", ", output.schema().names()) + ")");
            }
        }
        return output.selectColumns(names);
    }

    public int size() {
        return target.size();
    }

    /** The metric on these rows. */
    public double metric(Metric metric) {
        return metric.compute(target, predictions);
    }

    /** The entries at the given positions (repeats allowed, as in a bootstrap resample). */
    public LabelledScores select(int[] positions) {
        int[] r = new int[positions.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = rows[positions[i]];
        }
        return new LabelledScores(target.select(positions), select(predictions, positions), r);
    }

    private static Predictions select(Predictions p, int[] positions) {
        if (p.isClassification()) {
            double[][] src = p.probabilities();
            double[][] out = new double[positions.length][];
            for (int i = 0; i < out.length; i++) {
                out[i] = src[positions[i]]; // rows are shared, never written
            }
            return Predictions.ofProbabilities(out);
        }
        double[] src = p.values();
        double[] out = new double[positions.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = src[positions[i]];
        }
        return Predictions.ofValues(out);
    }
}
