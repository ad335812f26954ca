package dev.modelyard.evaluate.metrics;

import dev.modelyard.scoring.api.Target;

/** Kernels for regression metrics; shapes are checked by {@link Metric} before these run. */
final class RegressionMetrics {
    private RegressionMetrics() {}

    static double rmse(Target t, Predictions p) {
        double[] y = t.values();
        double[] f = p.values();
        double sum = 0;
        for (int i = 0; i < y.length; i++) {
            double d = y[i] - f[i];
            sum += d * d;
        }
        return Math.sqrt(sum / y.length);
    }

    static double mae(Target t, Predictions p) {
        double[] y = t.values();
        double[] f = p.values();
        double sum = 0;
        for (int i = 0; i < y.length; i++) {
            sum += Math.abs(y[i] - f[i]);
        }
        return sum / y.length;
    }

    /**
     * 1 - SS_res / SS_tot. A constant truth has no variance to explain: then, as scikit-learn does, 1 for a
     * perfect prediction and 0 otherwise, so cross-validation summaries stay finite.
     */
    static double r2(Target t, Predictions p) {
        double[] y = t.values();
        double[] f = p.values();
        double mean = 0;
        for (double v : y) {
            mean += v;
        }
        mean /= y.length;
        double ssRes = 0;
        double ssTot = 0;
        for (int i = 0; i < y.length; i++) {
            double r = y[i] - f[i];
            double d = y[i] - mean;
            ssRes += r * r;
            ssTot += d * d;
        }
        if (ssTot == 0) {
            return ssRes == 0 ? 1 : 0;
        }
        return 1 - ssRes / ssTot;
    }
}
