package dev.modelyard.learn.linear;

import dev.modelyard.scoring.linear.LinearParams;

/**
 * Cyclic coordinate descent for the weighted elastic-net least-squares problem
 * {@code (1/2n) sum_i w_i (z_i - b0 - x_i.beta)^2 + l1 |beta|_1 + l2/2 |beta|^2}, the inner problem of
 * every loss (glmnet: Friedman, Hastie and Tibshirani 2010). It works on the weighted residual
 * {@code r_i = w_i (z_i - eta_i)}, which the caller initialises (for a GLM step that is simply
 * {@code y_i - mu_i}). Coordinates are visited in a fixed order and every sum runs in row order, so
 * the result is bit-for-bit reproducible.
 */
final class CoordinateDescent {
    static final int MAX_VERIFY_JUMPS = 3;

    private final Design d;
    private final double l1;
    private final double l2;
    private final boolean fitIntercept;

    CoordinateDescent(Design d, LinearParams p) {
        this.d = d;
        this.l1 = p.lambda() * p.l1Ratio();
        this.l2 = p.lambda() * (1 - p.l1Ratio());
        this.fitIntercept = p.fitIntercept();
    }

    /** Penalty value of {@code beta}. */
    double penalty(double[] beta) {
        double a = 0;
        double q = 0;
        for (double b : beta) {
            a += Math.abs(b);
            q += b * b;
        }
        return l1 * a + 0.5 * l2 * q;
    }

    /** {@code xv[j] = (1/n) sum_i w_i x_ij^2}, the curvature of coordinate j ({@code w} null = all ones). */
    double[] curvature(double[] w) {
        double[] xv = new double[d.cols];
        double n = d.rows;
        for (int j = 0; j < d.cols; j++) {
            double[] c = d.x[j];
            xv[j] = (w == null ? Dot.of(c, c, d.rows) : Dot.weighted(w, c, c, d.rows)) / n;
        }
        return xv;
    }

    /**
     * Sweeps until a full pass moves no coordinate by more than {@code thresh} (measured as
     * {@code xv_j * delta^2}, the objective decrease scale), iterating on the non-zero coordinates in
     * between as glmnet does. Updates {@code beta}, {@code b0[k]} and {@code r} in place.
     *
     * @return whether it converged before the budget ran out
     */
    boolean solve(double[] w, double[] xv, double[] r, double[] beta, double[] b0, int k, double thresh, Budget budget) {
        return solve(w, xv, r, beta, b0, k, thresh, budget, false);
    }

    /**
     * As {@link #solve(double[], double[], double[], double[], double[], int, double, Budget)}; with
     * {@code verify}, convergence is only accepted once an {@link ActiveSetNewton} jump moves no weight by
     * more than the threshold, which catches the small-but-slow moves of correlated features at the
     * price of one active-set Gram matrix.
     */
    boolean solve(double[] w, double[] xv, double[] r, double[] beta, double[] b0, int k, double thresh, Budget budget, boolean verify) {
        double sumW = w == null ? d.rows : sum(w);
        int passes = 0;
        int sinceJump = 0;
        boolean verified = !verify;
        int verifyJumps = 0;
        while (true) {
            if (budget.exhausted()) {
                return false;
            }
            budget.pass();
            passes++;
            sinceJump++;
            if (sweep(w, sumW, xv, r, beta, b0, k, false) < thresh) {
                // Small moves can also mean slow progress (correlated features): jump once more and re-check.
                if (sinceJump >= jumpGap(beta) && passes > 1 && jump(w, r, beta, b0, k)) {
                    sinceJump = 0;
                    continue;
                }
                // A few verifying jumps at most: each costs a Gram matrix, and sign changes can keep them short.
                if (!verified && sinceJump > 0 && verifyJumps++ < MAX_VERIFY_JUMPS) {
                    double[] before = beta.clone();
                    double b0Before = b0[k];
                    if (jump(w, r, beta, b0, k)) {
                        sinceJump = 0;
                        double db = b0[k] - b0Before;
                        double moved = sumW / d.rows * db * db;
                        for (int j = 0; j < beta.length; j++) {
                            double dj = beta[j] - before[j];
                            moved = Math.max(moved, xv[j] * dj * dj);
                        }
                        verified = moved < thresh;
                        continue;
                    }
                }
                return true;
            }
            while (true) {
                if (sinceJump >= jumpGap(beta) && jump(w, r, beta, b0, k)) {
                    sinceJump = 0;
                    break;
                }
                if (budget.exhausted()) {
                    return false;
                }
                budget.pass();
                passes++;
                sinceJump++;
                if (sweep(w, sumW, xv, r, beta, b0, k, true) < thresh) {
                    break;
                }
            }
        }
    }

    /**
     * Passes to wait between {@link ActiveSetNewton} jumps: a jump costs about a quarter pass per active
     * weight, so waiting that long bounds its overhead to about half of the work.
     */
    private static int jumpGap(double[] beta) {
        int a = 0;
        for (double b : beta) {
            a += b != 0 ? 1 : 0;
        }
        return Math.max(2, a / 4);
    }

    private boolean jump(double[] w, double[] r, double[] beta, double[] b0, int k) {
        return ActiveSetNewton.apply(d, l1, l2, fitIntercept, w, r, beta, b0, k);
    }

    /** One pass over the intercept and the coordinates (only non-zero ones when {@code activeOnly}); returns the largest move. */
    private double sweep(double[] w, double sumW, double[] xv, double[] r, double[] beta, double[] b0, int k, boolean activeOnly) {
        int n = d.rows;
        double inv = 1.0 / n;
        double dlx = 0;
        if (fitIntercept && sumW > 0) {
            double delta = sum(r) / sumW;
            if (delta != 0) {
                b0[k] += delta;
                if (w == null) {
                    for (int i = 0; i < n; i++) {
                        r[i] -= delta;
                    }
                } else {
                    for (int i = 0; i < n; i++) {
                        r[i] -= delta * w[i];
                    }
                }
                dlx = Math.max(dlx, sumW * inv * delta * delta);
            }
        }
        for (int j = 0; j < d.cols; j++) {
            double old = beta[j];
            if (xv[j] <= 0 || (activeOnly && old == 0)) {
                continue;
            }
            double[] c = d.x[j];
            double u = Dot.of(c, r, n) * inv + xv[j] * old;
            double next = soft(u, l1) / (xv[j] + l2);
            if (next == old) {
                continue;
            }
            double delta = next - old;
            beta[j] = next;
            if (w == null) {
                for (int i = 0; i < n; i++) {
                    r[i] -= delta * c[i];
                }
            } else {
                for (int i = 0; i < n; i++) {
                    r[i] -= delta * w[i] * c[i];
                }
            }
            dlx = Math.max(dlx, xv[j] * delta * delta);
        }
        return dlx;
    }

    private static double soft(double u, double t) {
        return u > t ? u - t : u < -t ? u + t : 0;
    }

    private static double sum(double[] a) {
        double s = 0;
        for (double v : a) {
            s += v;
        }
        return s;
    }
}
