package dev.modelyard.monitoring.performance;

import dev.modelyard.core.frame.CategoricalColumn;
import dev.modelyard.core.frame.DoubleColumn;
import dev.modelyard.core.frame.Frame;
import java.util.SplittableRandom;

/**
 * A generated binary problem with known probabilities: {@code x ~ N(shift, scale²)}, {@code P(yes | x) = sigmoid(1.5x - 0.5)},
 * labels drawn from it. The model's score is {@code P²}, a monotone but miscalibrated transform, so estimation
 * only works if calibration is done.
 */
record Synthetic(double[] scores, boolean[] positive) {
    static Synthetic draw(int n, double shift, long seed) {
        return draw(n, shift, 1, seed);
    }

    static Synthetic draw(int n, double shift, double scale, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] s = new double[n];
        boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) {
            double x = shift + scale * r.nextGaussian();
            double p = 1 / (1 + Math.exp(-(1.5 * x - 0.5)));
            s[i] = p * p;
            y[i] = r.nextDouble() < p;
        }
        return new Synthetic(s, y);
    }

    /** The model output as a pipeline writes it. */
    Frame output() {
        double[] no = new double[scores.length];
        for (int i = 0; i < no.length; i++) {
            no[i] = 1 - scores[i];
        }
        return Frame.of(DoubleColumn.of("proba_no", no), DoubleColumn.of("proba_yes", scores));
    }

    /** Outcomes, with every {@code every}-th row unknown when {@code every > 0}. */
    CategoricalColumn actual(int every) {
        String[] v = new String[positive.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = every > 0 && i % every == 0 ? null : positive[i] ? "yes" : "no";
        }
        return CategoricalColumn.fromStrings("y", v);
    }
}
