package dev.modelyard.serving.predict;

import dev.modelyard.serving.input.Batch;
import java.util.List;

/**
 * The answer to one request: who answered (model name, version, variant), the request id, and per row the
 * model output ({@code outputs[i * width + k]}: class probabilities in {@code classes} order, or one regression
 * value). {@code batch} is kept for the prediction log. {@code shadow} marks a challenger's output that was
 * logged but never returned.
 */
public record Prediction(String requestId, String model, String version, String variant, boolean shadow, long timestampMillis,
                         long latencyNanos, List<String> classes, Batch batch, double[] outputs) {
    public Prediction {
        classes = List.copyOf(classes);
    }

    public int rows() { return batch.rows(); }

    public boolean isClassification() { return !classes.isEmpty(); }

    /** Values per row: the class count, or 1. */
    public int width() { return isClassification() ? classes.size() : 1; }

    /** The predicted class (highest probability) of a row. */
    public String label(int row) {
        int k = width();
        int best = 0;
        for (int c = 1; c < k; c++) {
            if (outputs[row * k + c] > outputs[row * k + best]) {
                best = c;
            }
        }
        return classes.get(best);
    }

    /** The regression value of a row. */
    public double value(int row) {
        return outputs[row];
    }

    /** Probability of class {@code c} (index into {@link #classes()}) for a row. */
    public double probability(int row, int c) {
        return outputs[row * width() + c];
    }

    /** The features the request sent that the model does not use. */
    public List<String> ignored() { return batch.ignored(); }

    /** Remarks for the client, e.g. unseen categories. */
    public List<String> notes() { return batch.notes(); }
}
