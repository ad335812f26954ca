package dev.modelyard.learn.linear;

import dev.modelyard.scoring.linear.LinearParams;

/** Elastic-net linear regression: squared loss, one coordinate-descent solve (no Newton steps needed). */
final class SquaredLossFit {
    private SquaredLossFit() {}

    static Solution fit(Design d, double[] y, LinearParams p, Budget budget) {
        int n = d.rows;
        CoordinateDescent cd = new CoordinateDescent(d, p);
        double mean = 0;
        for (double v : y) {
            mean += v;
        }
        mean /= n;
        double[] b0 = {p.fitIntercept() ? mean : 0};
        double[] r = new double[n];
        double nullLoss = 0;
        for (int i = 0; i < n; i++) {
            r[i] = y[i] - b0[0];
            nullLoss += r[i] * r[i];
        }
        nullLoss /= n;
        // Threshold relative to the target's variance, so the rule does not depend on the target's units.
        double thresh = p.tolerance() * (nullLoss > 0 ? nullLoss : 1);
        double[] beta = new double[d.cols];
        boolean ok = cd.solve(null, cd.curvature(null), r, beta, b0, 0, thresh, budget, true);
        return new Solution(new double[][] {beta}, b0, budget.used(), ok);
    }
}
