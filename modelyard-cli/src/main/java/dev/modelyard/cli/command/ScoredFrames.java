package dev.modelyard.cli.command;

import dev.modelyard.core.frame.Column;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.core.frame.TextColumn;
import dev.modelyard.scoring.pipeline.FittedPipeline;
import java.util.ArrayList;
import java.util.List;

/** The output table of scoring: the predicted label (or value) followed by class probabilities. */
final class ScoredFrames {
    private ScoredFrames() {}

    static Frame of(FittedPipeline pipeline, Frame modelOutput) {
        List<Column> cols = new ArrayList<>();
        if (pipeline.task().isClassification()) {
            cols.add(TextColumn.owning("prediction", pipeline.labels(modelOutput)));
            cols.addAll(modelOutput.columns());
        } else {
            cols.addAll(modelOutput.columns());
        }
        return Frame.of(cols);
    }
}
