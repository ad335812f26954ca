package dev.modelyard.learn.linear;

import dev.modelyard.scoring.linear.LinearParams;

/**
 * Elastic-net multinomial (softmax) logistic regression, glmnet style: each outer round visits the
 * classes in order and takes one proximal Newton step on that class's weights, using the diagonal
 * curvature {@code mu(1 - mu)} with the other classes held fixed, solved by coordinate descent and
 * step-halved on the full penalised log-loss (so the objective never increases); after each round the
 * weights are re-centred across classes ({@link ClassCentring}). A class with no
 * training rows is not fitted (only re-centred): its intercept sits at the log of half a row's share.
 */
final class MultinomialFit {
    private MultinomialFit() {}

    static Solution fit(Design d, int[] label, int classes, LinearParams p, Budget budget) {
        int n = d.rows;
        int m = d.cols;
        int[] count = new int[classes];
        for (int c : label) {
            count[c]++;
        }
        double[][] beta = new double[classes][m];
        double[] b0 = new double[classes];
        double nullLoss = 0;
        int present = 0;
        for (int k = 0; k < classes; k++) {
            double share = Math.max(count[k], 0.5) / n;
            if (p.fitIntercept()) {
                b0[k] = StrictMath.log(share);
            }
            if (count[k] > 0) {
                present++;
                nullLoss -= share * StrictMath.log(share);
            }
        }
        if (present < 2) {
            return new Solution(beta, b0, 0, true);
        }
        double thresh = p.tolerance() * nullLoss;
        CoordinateDescent cd = new CoordinateDescent(d, p);
        double[][] eta = new double[classes][n];
        for (int k = 0; k < classes; k++) {
            d.linear(b0[k], beta[k], eta[k]);
        }
        double f = objective(eta, label) + penalty(cd, beta);
        double[] w = new double[n];
        double[] r = new double[n];
        double[] mu = new double[n];
        double[] etaFull = new double[n];
        double[] etaOld = new double[n];
        boolean converged = false;
        double lastMove = Double.POSITIVE_INFINITY;
        while (!budget.exhausted() && !converged) {
            // Inexact Newton, as in LogisticFit: rough inner solves first, exact ones at the end.
            double inner = Math.max(thresh, LogisticFit.INEXACTNESS * lastMove);
            boolean allOk = true;
            double dlx = 0;
            boolean allVisited = true;
            for (int k = 0; k < classes; k++) {
                if (budget.exhausted()) {
                    allVisited = false;
                    break;
                }
                if (count[k] == 0) {
                    continue;
                }
                probabilities(eta, k, mu);
                double sumW = 0;
                for (int i = 0; i < n; i++) {
                    w[i] = Math.max(mu[i] * (1 - mu[i]), LogisticFit.MIN_WEIGHT);
                    r[i] = (label[i] == k ? 1 : 0) - mu[i];
                    sumW += w[i];
                }
                double[] xv = cd.curvature(w);
                double[] bk = beta[k];
                double[] betaOld = bk.clone();
                double b0Old = b0[k];
                allOk &= cd.solve(w, xv, r, bk, b0, k, inner, budget);
                double[] betaFull = bk.clone();
                double b0Full = b0[k];
                d.linear(b0Full, betaFull, etaFull);
                System.arraycopy(eta[k], 0, etaOld, 0, n);
                System.arraycopy(etaFull, 0, eta[k], 0, n);
                double fTry = objective(eta, label) + penalty(cd, beta);
                double t = 1;
                int halvings = 0;
                while (!(fTry <= f) && halvings < LogisticFit.MAX_HALVINGS) {
                    t *= 0.5;
                    halvings++;
                    for (int j = 0; j < m; j++) {
                        bk[j] = betaOld[j] + t * (betaFull[j] - betaOld[j]);
                    }
                    b0[k] = b0Old + t * (b0Full - b0Old);
                    for (int i = 0; i < n; i++) {
                        eta[k][i] = etaOld[i] + t * (etaFull[i] - etaOld[i]);
                    }
                    fTry = objective(eta, label) + penalty(cd, beta);
                }
                if (!(fTry <= f)) {
                    // No decrease for this class: it is at its optimum to rounding error.
                    System.arraycopy(betaOld, 0, bk, 0, m);
                    b0[k] = b0Old;
                    System.arraycopy(etaOld, 0, eta[k], 0, n);
                    continue;
                }
                f = fTry;
                double db = b0[k] - b0Old;
                dlx = Math.max(dlx, sumW / n * db * db);
                for (int j = 0; j < m; j++) {
                    double dj = bk[j] - betaOld[j];
                    dlx = Math.max(dlx, xv[j] * dj * dj);
                }
            }
            if (allVisited) {
                centre(d, beta, eta, p, etaFull);
                f = objective(eta, label) + penalty(cd, beta);
            }
            converged = allVisited && allOk && inner == thresh && dlx < thresh;
            lastMove = dlx;
        }
        return new Solution(beta, b0, budget.used(), converged);
    }

    /** Applies {@link ClassCentring} and moves every class's scores by the same amount, so probabilities stay put. */
    private static void centre(Design d, double[][] beta, double[][] eta, LinearParams p, double[] scratch) {
        double[] shift = ClassCentring.apply(beta, p.lambda() * p.l1Ratio(), p.lambda() * (1 - p.l1Ratio()));
        d.linear(0, shift, scratch);
        for (double[] e : eta) {
            for (int i = 0; i < e.length; i++) {
                e[i] -= scratch[i];
            }
        }
    }

    private static double penalty(CoordinateDescent cd, double[][] beta) {
        double s = 0;
        for (double[] b : beta) {
            s += cd.penalty(b);
        }
        return s;
    }

    /** Softmax probability of class k for every row, max-subtracted for stability. */
    private static void probabilities(double[][] eta, int k, double[] mu) {
        int classes = eta.length;
        for (int i = 0; i < mu.length; i++) {
            double max = eta[0][i];
            for (int c = 1; c < classes; c++) {
                max = Math.max(max, eta[c][i]);
            }
            double sum = 0;
            for (int c = 0; c < classes; c++) {
                sum += StrictMath.exp(eta[c][i] - max);
            }
            mu[i] = StrictMath.exp(eta[k][i] - max) / sum;
        }
    }

    /** Mean multinomial log-loss: log-sum-exp of the scores minus the true class's score. */
    static double objective(double[][] eta, int[] label) {
        int classes = eta.length;
        int n = label.length;
        double s = 0;
        for (int i = 0; i < n; i++) {
            double max = eta[0][i];
            for (int c = 1; c < classes; c++) {
                max = Math.max(max, eta[c][i]);
            }
            double sum = 0;
            for (int c = 0; c < classes; c++) {
                sum += StrictMath.exp(eta[c][i] - max);
            }
            s += max + StrictMath.log(sum) - eta[label[i]][i];
        }
        return s / n;
    }
}
