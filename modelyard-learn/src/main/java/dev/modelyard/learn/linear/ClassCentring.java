package dev.modelyard.learn.linear;

/**
 * Softmax scores are unchanged when the same amount {@code c_j} is subtracted from feature j's weight in
 * every class, so the penalised optimum picks the {@code c_j} that minimises the penalty alone (glmnet
 * does the same). Without this step, class-by-class updates crawl along that nearly flat direction,
 * held only by the weak ridge term.
 */
final class ClassCentring {
    private ClassCentring() {}

    /**
     * Shifts each column of {@code beta} (classes x features) by its penalty-minimising constant.
     *
     * @return the shift per feature (0 where none)
     */
    static double[] apply(double[][] beta, double l1, double l2) {
        int classes = beta.length;
        int m = beta[0].length;
        double[] shift = new double[m];
        double[] col = new double[classes];
        for (int j = 0; j < m; j++) {
            for (int k = 0; k < classes; k++) {
                col[k] = beta[k][j];
            }
            double c = best(col, l1, l2);
            if (c != 0) {
                for (int k = 0; k < classes; k++) {
                    beta[k][j] -= c;
                }
                shift[j] = c;
            }
        }
        return shift;
    }

    /**
     * The {@code c} minimising {@code sum_k l2/2 (b_k - c)^2 + l1 |b_k - c|}: a convex piecewise
     * quadratic with kinks at the b_k, so its minimum is at a kink or at a stationary point between
     * kinks; with few classes, checking every candidate is cheapest. Ties keep 0 (no shift).
     */
    static double best(double[] b, double l1, double l2) {
        int k = b.length;
        double sum = 0;
        for (double v : b) {
            sum += v;
        }
        double bestC = 0;
        double bestG = cost(b, 0, l1, l2);
        for (int below = 0; below <= k; below++) {
            // Stationary point if exactly `below` values lie under c: l2 (k c - sum) + l1 (2 below - k) = 0.
            if (l2 > 0) {
                double c = (l2 * sum - l1 * (2 * below - k)) / (l2 * k);
                double g = cost(b, c, l1, l2);
                if (g < bestG) {
                    bestG = g;
                    bestC = c;
                }
            }
        }
        for (double c : b) {
            double g = cost(b, c, l1, l2);
            if (g < bestG) {
                bestG = g;
                bestC = c;
            }
        }
        return bestC;
    }

    private static double cost(double[] b, double c, double l1, double l2) {
        double g = 0;
        for (double v : b) {
            double e = v - c;
            g += 0.5 * l2 * e * e + l1 * Math.abs(e);
        }
        return g;
    }
}
