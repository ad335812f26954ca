package dev.modelyard.monitoring.drift;

import org.hipparchus.stat.inference.KolmogorovSmirnovTest;

/**
 * The p-value of the two-sample Kolmogorov–Smirnov test (the statistic is {@link CdfGap#ks()}).
 *
 * <p>Asymptotic: with effective size {@code e = n·m / (n + m)}, {@code p = 1 − K(√e · D)} where K is the
 * Kolmogorov distribution (hipparchus' {@code ksSum}). scipy's {@code ks_2samp} gives the same for large
 * samples (it uses the exact one-sample distribution of size e, which agrees with K for e ≳ 100); for small
 * samples the asymptotic value is slightly conservative. A reference sketch of over 200 values has a rank
 * error of about 1 %, which is why KS is only chosen for references of at most
 * {@link DriftOptions#smallSample()} values.
 */
final class KolmogorovSmirnov {
    /** Below this √e·D, K is under 1e-12: the p-value is 1 to double precision (and the series converges slowly). */
    private static final double NEGLIGIBLE = 0.2;

    private KolmogorovSmirnov() {}

    /** Asymptotic p-value of statistic {@code d} for samples of {@code n} and {@code m} values (1 when either is 0). */
    static double pValue(double d, double n, double m) {
        if (n <= 0 || m <= 0) {
            return 1;
        }
        double t = d * Math.sqrt(n * m / (n + m));
        if (t < NEGLIGIBLE) {
            return 1;
        }
        double k = new KolmogorovSmirnovTest().ksSum(t, 1e-20, 100_000);
        return Math.max(0, Math.min(1, 1 - k));
    }
}
