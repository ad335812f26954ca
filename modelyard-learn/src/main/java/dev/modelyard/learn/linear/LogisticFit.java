package dev.modelyard.learn.linear;

import dev.modelyard.scoring.linear.LinearParams;

/**
 * Elastic-net binary logistic regression by proximal Newton steps (IRLS): each step fits a weighted
 * least-squares approximation by coordinate descent, then halves the step until the penalised
 * log-loss does not increase, so the objective decreases monotonically even on separable data.
 * StrictMath keeps exp/log bit-identical everywhere.
 */
final class LogisticFit {
    /** glmnet's floor on IRLS weights: keeps confident rows from vanishing from the quadratic model. */
    static final double MIN_WEIGHT = 1e-5;
    static final int MAX_HALVINGS = 30;
    /** Inner tolerance as a share of the previous Newton step's move. */
    static final double INEXACTNESS = 0.01;

    private LogisticFit() {}

    static Solution fit(Design d, double[] y, LinearParams p, Budget budget) {
        int n = d.rows;
        int m = d.cols;
        double pos = 0;
        for (double v : y) {
            pos += v;
        }
        double[] beta = new double[m];
        double[] b0 = {0};
        if (pos == 0 || pos == n) {
            // One class only: the best model is a constant; keep the probability just off 0 or 1.
            double rate = Math.min(Math.max(pos / n, 0.5 / n), 1 - 0.5 / n);
            b0[0] = p.fitIntercept() ? StrictMath.log(rate / (1 - rate)) : 0;
            return new Solution(new double[][] {beta}, b0, 0, true);
        }
        double rate = pos / n;
        if (p.fitIntercept()) {
            b0[0] = StrictMath.log(rate / (1 - rate));
        }
        double thresh = p.tolerance() * -(rate * StrictMath.log(rate) + (1 - rate) * StrictMath.log(1 - rate));
        CoordinateDescent cd = new CoordinateDescent(d, p);
        double[] eta = new double[n];
        d.linear(b0[0], beta, eta);
        double f = objective(eta, y) + cd.penalty(beta);
        double[] w = new double[n];
        double[] r = new double[n];
        double[] etaFull = new double[n];
        double[] etaTry = new double[n];
        boolean converged = false;
        double lastMove = Double.POSITIVE_INFINITY;
        while (!budget.exhausted()) {
            // Inexact Newton: early steps need only rough inner solves; the last ones are solved to the tolerance.
            double inner = Math.max(thresh, INEXACTNESS * lastMove);
            for (int i = 0; i < n; i++) {
                double mu = sigmoid(eta[i]);
                w[i] = Math.max(mu * (1 - mu), MIN_WEIGHT);
                r[i] = y[i] - mu;
            }
            double[] xv = cd.curvature(w);
            double[] betaOld = beta.clone();
            double b0Old = b0[0];
            boolean innerOk = cd.solve(w, xv, r, beta, b0, 0, inner, budget, lastMove < thresh);
            double[] betaFull = beta.clone();
            double b0Full = b0[0];
            d.linear(b0Full, betaFull, etaFull);
            double t = 1;
            System.arraycopy(etaFull, 0, etaTry, 0, n);
            double fTry = objective(etaTry, y) + cd.penalty(beta);
            int halvings = 0;
            while (!(fTry <= f) && halvings < MAX_HALVINGS) {
                t *= 0.5;
                halvings++;
                for (int j = 0; j < m; j++) {
                    beta[j] = betaOld[j] + t * (betaFull[j] - betaOld[j]);
                }
                b0[0] = b0Old + t * (b0Full - b0Old);
                for (int i = 0; i < n; i++) {
                    etaTry[i] = eta[i] + t * (etaFull[i] - eta[i]);
                }
                fTry = objective(etaTry, y) + cd.penalty(beta);
            }
            if (!(fTry <= f)) {
                // No decrease along the Newton direction: we are at the optimum to rounding error.
                System.arraycopy(betaOld, 0, beta, 0, m);
                b0[0] = b0Old;
                if (inner == thresh) {
                    converged = true;
                    break;
                }
                lastMove = 0; // retry with an exact inner solve before concluding
                continue;
            }
            double sumW = 0;
            for (double v : w) {
                sumW += v;
            }
            double db = b0[0] - b0Old;
            double dlx = sumW / n * db * db;
            for (int j = 0; j < m; j++) {
                double dj = beta[j] - betaOld[j];
                dlx = Math.max(dlx, xv[j] * dj * dj);
            }
            System.arraycopy(etaTry, 0, eta, 0, n);
            f = fTry;
            boolean verified = lastMove < thresh;
            lastMove = dlx;
            // Converged after two small steps in a row, the second one verified (see CoordinateDescent.solve).
            if (innerOk && inner == thresh && dlx < thresh && verified) {
                converged = true;
                break;
            }
        }
        return new Solution(new double[][] {beta}, b0, budget.used(), converged);
    }

    /** Mean log-loss for labels y in {0, 1} and linear scores eta. */
    static double objective(double[] eta, double[] y) {
        double s = 0;
        for (int i = 0; i < eta.length; i++) {
            s += softplus(eta[i]) - y[i] * eta[i];
        }
        return s / eta.length;
    }

    /** log(1 + e^x) without overflow. */
    static double softplus(double x) {
        return Math.max(x, 0) + StrictMath.log1p(StrictMath.exp(-Math.abs(x)));
    }

    static double sigmoid(double x) {
        if (x >= 0) {
            return 1 / (1 + StrictMath.exp(-x));
        }
        double e = StrictMath.exp(x);
        return e / (1 + e);
    }
}
