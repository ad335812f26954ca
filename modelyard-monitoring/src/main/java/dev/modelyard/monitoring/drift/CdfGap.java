package dev.modelyard.monitoring.drift;

/**
 * How far apart two step CDFs are, measured in one ordered walk over both samples: the Kolmogorov–Smirnov
 * statistic {@code sup |F_a − F_b|} (checked at every point where either CDF jumps) and the first
 * Wasserstein distance {@code ∫ |F_a − F_b| dx} (as {@code scipy.stats.wasserstein_distance} computes it
 * for raw samples). Both are exact for the two weighted samples; both are 0 when either side is empty.
 *
 * @param ks          the Kolmogorov–Smirnov statistic, in [0, 1]
 * @param wasserstein the Wasserstein distance, in the data's units
 */
record CdfGap(double ks, double wasserstein) {

    static CdfGap of(StepCdf a, StepCdf b) {
        int na = a.size();
        int nb = b.size();
        if (na == 0 || nb == 0) {
            return new CdfGap(0, 0);
        }
        int i = 0;
        int j = 0;
        double fa = 0;
        double fb = 0;
        double d = 0;
        double w = 0;
        double prev = Math.min(a.x(0), b.x(0));
        while (i < na || j < nb) {
            double xa = i < na ? a.x(i) : Double.POSITIVE_INFINITY;
            double xb = j < nb ? b.x(j) : Double.POSITIVE_INFINITY;
            double x = Math.min(xa, xb);
            // Between the previous jump and x both CDFs are flat.
            w += Math.abs(fa - fb) * (x - prev);
            if (xa == x) {
                i = a.endOfTies(i);
                fa = a.cumulative(i - 1) / a.total();
            }
            if (xb == x) {
                j = b.endOfTies(j);
                fb = b.cumulative(j - 1) / b.total();
            }
            d = Math.max(d, Math.abs(fa - fb));
            prev = x;
        }
        return new CdfGap(d, w);
    }
}
