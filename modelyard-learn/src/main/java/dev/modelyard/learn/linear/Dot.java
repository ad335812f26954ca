package dev.modelyard.learn.linear;

/**
 * Dot products with four running sums: independent additions keep the CPU's adders busy (a single sum
 * waits on each previous add). The order is fixed, so results stay bit-for-bit reproducible.
 */
final class Dot {
    private Dot() {}

    static double of(double[] a, double[] b, int n) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = 0;
        for (; i + 3 < n; i += 4) {
            s0 += a[i] * b[i];
            s1 += a[i + 1] * b[i + 1];
            s2 += a[i + 2] * b[i + 2];
            s3 += a[i + 3] * b[i + 3];
        }
        for (; i < n; i++) {
            s0 += a[i] * b[i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** {@code sum_i w[i] a[i] b[i]}. */
    static double weighted(double[] w, double[] a, double[] b, int n) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = 0;
        for (; i + 3 < n; i += 4) {
            s0 += w[i] * a[i] * b[i];
            s1 += w[i + 1] * a[i + 1] * b[i + 1];
            s2 += w[i + 2] * a[i + 2] * b[i + 2];
            s3 += w[i + 3] * a[i + 3] * b[i + 3];
        }
        for (; i < n; i++) {
            s0 += w[i] * a[i] * b[i];
        }
        return (s0 + s1) + (s2 + s3);
    }
}
