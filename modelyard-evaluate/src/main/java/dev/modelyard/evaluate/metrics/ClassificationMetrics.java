package dev.modelyard.evaluate.metrics;

import dev.modelyard.scoring.api.Target;
import dev.modelyard.scoring.api.Task;

/** Kernels for classification metrics; shapes are checked by {@link Metric} before these run. */
final class ClassificationMetrics {
    /** Probabilities are clipped to [EPS, 1 - EPS] so one confident mistake costs a finite amount. */
    static final double EPS = 1e-15;
    static final double THRESHOLD = 0.5;
    static final int POSITIVE = 1;

    private ClassificationMetrics() {}

    static double auc(Target t, Predictions p) {
        return Auc.of(p.column(POSITIVE), t.values(), POSITIVE);
    }

    static double logLoss(Target t, Predictions p) {
        double[][] prob = p.probabilities();
        double sum = 0;
        for (int i = 0; i < prob.length; i++) {
            double q = Math.min(1 - EPS, Math.max(EPS, prob[i][t.classOf(i)]));
            sum -= Math.log(q);
        }
        return sum / prob.length;
    }

    /** Binary: thresholded positive probability; multiclass: the most probable class. */
    static double accuracy(Target t, Predictions p) {
        boolean binary = t.task() == Task.BINARY;
        int right = 0;
        for (int i = 0; i < t.size(); i++) {
            int predicted = binary ? predictedBinary(p, i) : p.argmax(i);
            if (predicted == t.classOf(i)) {
                right++;
            }
        }
        return (double) right / t.size();
    }

    static double brier(Target t, Predictions p) {
        double[][] prob = p.probabilities();
        double sum = 0;
        for (int i = 0; i < prob.length; i++) {
            double d = prob[i][POSITIVE] - (t.classOf(i) == POSITIVE ? 1 : 0);
            sum += d * d;
        }
        return sum / prob.length;
    }

    static double precision(Target t, Predictions p) {
        long[] c = binaryConfusion(t, p);
        return ratio(c[0], c[0] + c[1]);
    }

    static double recall(Target t, Predictions p) {
        long[] c = binaryConfusion(t, p);
        return ratio(c[0], c[0] + c[2]);
    }

    static double f1(Target t, Predictions p) {
        long[] c = binaryConfusion(t, p);
        return ratio(2 * c[0], 2 * c[0] + c[1] + c[2]);
    }

    /**
     * Unweighted mean of per-class F1 (one class against the rest, most probable class predicted), over
     * the classes that occur in the truth or the predictions, as scikit-learn does: a class absent from
     * both (say, in a small fold) says nothing about the model.
     */
    static double macroF1(Target t, Predictions p) {
        int k = t.classCount();
        long[] tp = new long[k];
        long[] fp = new long[k];
        long[] fn = new long[k];
        for (int i = 0; i < t.size(); i++) {
            int truth = t.classOf(i);
            int predicted = p.argmax(i);
            if (truth == predicted) {
                tp[truth]++;
            } else {
                fp[predicted]++;
                fn[truth]++;
            }
        }
        double sum = 0;
        int present = 0;
        for (int c = 0; c < k; c++) {
            if (tp[c] + fp[c] + fn[c] > 0) {
                sum += ratio(2 * tp[c], 2 * tp[c] + fp[c] + fn[c]);
                present++;
            }
        }
        return present == 0 ? 0 : sum / present;
    }

    private static int predictedBinary(Predictions p, int i) {
        return p.probabilities()[i][POSITIVE] >= THRESHOLD ? POSITIVE : 0;
    }

    /** {true positives, false positives, false negatives} for the positive class. */
    private static long[] binaryConfusion(Target t, Predictions p) {
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (int i = 0; i < t.size(); i++) {
            boolean predicted = predictedBinary(p, i) == POSITIVE;
            boolean actual = t.classOf(i) == POSITIVE;
            if (predicted && actual) {
                tp++;
            } else if (predicted) {
                fp++;
            } else if (actual) {
                fn++;
            }
        }
        return new long[] {tp, fp, fn};
    }

    private static double ratio(long num, long den) {
        return den == 0 ? 0 : (double) num / den;
    }
}
