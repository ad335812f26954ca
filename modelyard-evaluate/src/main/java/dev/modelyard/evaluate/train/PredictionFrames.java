package dev.modelyard.evaluate.train;

import dev.modelyard.core.frame.Frame;
import dev.modelyard.evaluate.metrics.Predictions;
import dev.modelyard.scoring.api.Task;

/** Converts a pipeline's output frame (proba_* columns or prediction) into metric input. */
public final class PredictionFrames {
    private PredictionFrames() {}

    public static Predictions toPredictions(Frame output, Task task) {
        int n = output.rowCount();
        if (!task.isClassification()) {
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = output.column(0).getDouble(i);
            }
            return Predictions.ofValues(v);
        }
        int k = output.columnCount();
        double[][] p = new double[n][k];
        for (int j = 0; j < k; j++) {
            var c = output.column(j);
            for (int i = 0; i < n; i++) {
                p[i][j] = c.getDouble(i);
            }
        }
        return Predictions.ofProbabilities(p);
    }
}
