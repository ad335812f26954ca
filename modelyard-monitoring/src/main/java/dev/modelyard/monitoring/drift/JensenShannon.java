package dev.modelyard.monitoring.drift;

/**
 * Jensen–Shannon distance between two discrete distributions, as {@code scipy.spatial.distance.jensenshannon}
 * computes it: both normalised to sum 1, natural logarithm, the square root of the divergence. It lies in
 * [0, √ln 2 ≈ 0.83]; 0 means identical.
 */
final class JensenShannon {
    private JensenShannon() {}

    /** The distance; NaN when either side has no mass. */
    static double distance(double[] p, double[] q) {
        double sp = sum(p);
        double sq = sum(q);
        if (sp <= 0 || sq <= 0) {
            return Double.NaN;
        }
        double div = 0;
        for (int i = 0; i < p.length; i++) {
            double a = p[i] / sp;
            double b = q[i] / sq;
            double m = (a + b) / 2;
            if (a > 0) {
                div += a * Math.log(a / m);
            }
            if (b > 0) {
                div += b * Math.log(b / m);
            }
        }
        // Rounding can leave a tiny negative divergence for identical inputs.
        return Math.sqrt(Math.max(0, div / 2));
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s;
    }
}
