package dev.modelyard.learn.linear;

/** Solves a small symmetric positive-definite system given by its lower triangle. */
final class Cholesky {
    private Cholesky() {}

    /** The solution of {@code h x = b} ({@code h} lower triangle used, overwritten), or null when {@code h} is not safely positive definite. */
    static double[] solve(double[][] h, double[] b) {
        int q = b.length;
        for (int j = 0; j < q; j++) {
            double diag = h[j][j];
            for (int k = 0; k < j; k++) {
                diag -= h[j][k] * h[j][k];
            }
            // Reject near-singular systems (collinear features without ridge): the jump would be unreliable.
            if (!(diag > 1e-10 * Math.max(h[j][j], 1e-300))) {
                return null;
            }
            double l = Math.sqrt(diag);
            h[j][j] = l;
            for (int i = j + 1; i < q; i++) {
                double s = h[i][j];
                for (int k = 0; k < j; k++) {
                    s -= h[i][k] * h[j][k];
                }
                h[i][j] = s / l;
            }
        }
        double[] x = b.clone();
        for (int i = 0; i < q; i++) {
            for (int k = 0; k < i; k++) {
                x[i] -= h[i][k] * x[k];
            }
            x[i] /= h[i][i];
        }
        for (int i = q - 1; i >= 0; i--) {
            for (int k = i + 1; k < q; k++) {
                x[i] -= h[k][i] * x[k];
            }
            x[i] /= h[i][i];
        }
        return x;
    }
}
