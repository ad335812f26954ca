package dev.modelyard.monitoring.performance;

import dev.modelyard.core.error.ModelyardException;

/**
 * How wide the acceptable performance band is and how its sampling error is measured.
 *
 * @param z                    band half-width in standard errors. The default 3 is NannyML's default threshold
 *                             (three standard deviations of reference performance); one-sided, it leaves a false
 *                             alarm in about 1 of 740 windows of an unchanged model, i.e. about one every two years
 *                             of daily windows, while a real decay (a shift of several standard errors) is caught
 * @param minRelativeTolerance the band is never narrower than this share of the reference value on either side,
 *                             so a model with almost no fold-to-fold spread does not alarm on rounding noise
 * @param bootstrap            resamples for the window's standard error (0: the window's sampling error is ignored)
 * @param seed                 seed of those resamples, for reproducible bands
 */
public record PerformanceOptions(double z, double minRelativeTolerance, int bootstrap, long seed) {
    public PerformanceOptions {
        if (!(z > 0) || Double.isInfinite(z)) {
            throw ModelyardException.invalid("performance band z must be a positive number (got " + z + ")");
        }
        if (!(minRelativeTolerance >= 0) || Double.isInfinite(minRelativeTolerance)) {
            throw ModelyardException.invalid("performance band minimum relative tolerance must be 0 or more (got "
                    + minRelativeTolerance + ")");
        }
        if (bootstrap < 0) {
            throw ModelyardException.invalid("performance bootstrap count must be 0 or more (got " + bootstrap + ")");
        }
    }

    /**
     * z = 3, at least 1 % relative tolerance, 200 resamples (a standard error, unlike a p-value, is stable to a few
     * per cent with 200 resamples), seed 42.
     */
    public static PerformanceOptions defaults() {
        return new PerformanceOptions(3.0, 0.01, 200, 42L);
    }

    public PerformanceOptions withZ(double value) {
        return new PerformanceOptions(value, minRelativeTolerance, bootstrap, seed);
    }

    public PerformanceOptions withMinRelativeTolerance(double value) {
        return new PerformanceOptions(z, value, bootstrap, seed);
    }

    public PerformanceOptions withBootstrap(int value) {
        return new PerformanceOptions(z, minRelativeTolerance, value, seed);
    }

    public PerformanceOptions withSeed(long value) {
        return new PerformanceOptions(z, minRelativeTolerance, bootstrap, value);
    }
}
