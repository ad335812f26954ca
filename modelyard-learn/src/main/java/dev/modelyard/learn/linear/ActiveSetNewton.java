package dev.modelyard.learn.linear;

/**
 * Exact solve of the coordinate-descent subproblem on its current active set: with the signs of the
 * non-zero weights fixed, the elastic-net quadratic is smooth, so one Cholesky solve of
 * {@code (X_A' W X_A / n + l2 I) delta = X_A' r / n - l1 sign - l2 beta} lands on its minimum.
 * Coordinate descent alone crawls when features are strongly correlated; this jump is tried only
 * when it has been slow. If a weight would change sign, the step stops where it reaches zero.
 */
final class ActiveSetNewton {
    private ActiveSetNewton() {}

    /** Tries the jump; on success updates {@code beta}, {@code b0[k]} and the weighted residual {@code r}. */
    static boolean apply(Design d, double l1, double l2, boolean fitIntercept,
                         double[] w, double[] r, double[] beta, double[] b0, int k) {
        int n = d.rows;
        int a = 0;
        for (double b : beta) {
            a += b != 0 ? 1 : 0;
        }
        int q = a + (fitIntercept ? 1 : 0);
        if (a == 0) {
            return false;
        }
        double[][] cols = new double[q][];
        int[] idx = new int[a];
        for (int j = 0, t = 0; j < beta.length; j++) {
            if (beta[j] != 0) {
                idx[t] = j;
                cols[t++] = d.x[j];
            }
        }
        if (fitIntercept) {
            double[] ones = new double[n];
            java.util.Arrays.fill(ones, 1);
            cols[a] = ones;
        }
        double inv = 1.0 / n;
        double[][] h = new double[q][q];
        double[] rhs = new double[q];
        for (int t = 0; t < q; t++) {
            double[] ct = cols[t];
            rhs[t] = Dot.of(ct, r, n) * inv;
            if (t < a) {
                double b = beta[idx[t]];
                rhs[t] -= l1 * Math.signum(b) + l2 * b;
            }
            for (int u = 0; u <= t; u++) {
                h[t][u] = (w == null ? Dot.of(ct, cols[u], n) : Dot.weighted(w, ct, cols[u], n)) * inv;
            }
            if (t < a) {
                h[t][t] += l2;
            }
        }
        double[] delta = Cholesky.solve(h, rhs);
        if (delta == null) {
            return false;
        }
        // Stop where the first weight would cross zero: the sign-fixed quadratic is exact up to there and
        // convex along the step, so the partial step still lowers the objective.
        double step = 1;
        int hit = -1;
        for (int t = 0; t < a; t++) {
            double b = beta[idx[t]];
            double next = b + delta[t];
            if (next == 0 || Math.signum(next) != Math.signum(b)) {
                double frac = b / (b - next);
                if (frac < step) {
                    step = frac;
                    hit = t;
                }
            }
        }
        if (!(step > 0)) {
            return false;
        }
        for (int t = 0; t < q; t++) {
            delta[t] *= step;
        }
        for (int t = 0; t < a; t++) {
            double old = beta[idx[t]];
            double next = t == hit ? 0 : old + delta[t];
            beta[idx[t]] = next;
            delta[t] = next - old; // the move actually made, for the residual update
        }
        if (fitIntercept) {
            b0[k] += delta[a];
        }
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int t = 0; t < q; t++) {
                s += delta[t] * cols[t][i];
            }
            r[i] -= w == null ? s : w[i] * s;
        }
        return true;
    }
}
