package dev.modelyard.evaluate.metrics;

import dev.modelyard.core.error.ModelyardException;

/**
 * A model's predictions for some rows: class probabilities per row (classification, columns in class
 * order) or one value per row (regression). Exactly one of the two is non-null.
 *
 * <p>The arrays are held as given, not copied (they can be large): callers must not change them
 * afterwards.
 */
public record Predictions(double[][] probabilities, double[] values) {
    public Predictions {
        if ((probabilities == null) == (values == null)) {
            throw new IllegalArgumentException("predictions hold either probabilities or values, not both or neither");
        }
    }

    /** Class probabilities, one row per example and one column per class. */
    public static Predictions ofProbabilities(double[][] probabilities) {
        return new Predictions(probabilities, null);
    }

    /** Regression predictions. */
    public static Predictions ofValues(double[] values) {
        return new Predictions(null, values);
    }

    /** Binary probabilities from the positive-class probability alone ({@code [1 - p, p]} per row). */
    public static Predictions ofPositive(double[] positive) {
        double[][] p = new double[positive.length][];
        for (int i = 0; i < p.length; i++) {
            p[i] = new double[] {1 - positive[i], positive[i]};
        }
        return new Predictions(p, null);
    }

    public boolean isClassification() { return probabilities != null; }

    public int size() { return probabilities != null ? probabilities.length : values.length; }

    /** Column {@code k} of the probabilities (for example the positive class's). */
    public double[] column(int k) {
        double[] out = new double[probabilities.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = probabilities[i][k];
        }
        return out;
    }

    /** The most probable class of row {@code i}; the first one on ties. */
    public int argmax(int i) {
        double[] row = probabilities[i];
        int best = 0;
        for (int k = 1; k < row.length; k++) {
            if (row[k] > row[best]) {
                best = k;
            }
        }
        return best;
    }

    /** Checks the shape against a target: same row count, and probabilities with one column per class. */
    void requireShape(int rows, int classes, String metric) {
        if (size() != rows) {
            throw ModelyardException.invalid("metric '" + metric + "': " + size() + " predictions for " + rows + " target rows");
        }
        if (classes == 0) {
            if (values == null) {
                throw ModelyardException.invalid("metric '" + metric + "' needs regression values, got class probabilities");
            }
            return;
        }
        if (probabilities == null) {
            throw ModelyardException.invalid("metric '" + metric + "' needs class probabilities, got regression values");
        }
        for (int i = 0; i < probabilities.length; i++) {
            if (probabilities[i].length != classes) {
                throw ModelyardException.invalid("metric '" + metric + "': prediction row " + i + " has "
                        + probabilities[i].length + " probabilities for " + classes + " classes");
            }
        }
    }
}
