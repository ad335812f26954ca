package dev.modelyard.evaluate.metrics;

import java.util.Locale;

/**
 * One metric across cross-validation folds: mean, sample standard deviation (n - 1; 0 for a single
 * fold) and the per-fold values in fold order. A NaN fold makes mean and std NaN: a fold that could not
 * be scored is not hidden.
 */
public record MetricSummary(double mean, double std, double[] values) {
    public MetricSummary {
        values = values.clone();
    }

    /** Summarises per-fold values. */
    public static MetricSummary of(double[] perFold) {
        if (perFold.length == 0) {
            throw new IllegalArgumentException("no folds to summarise");
        }
        double mean = 0;
        for (double v : perFold) {
            mean += v;
        }
        mean /= perFold.length;
        double ss = 0;
        for (double v : perFold) {
            ss += (v - mean) * (v - mean);
        }
        double std = perFold.length > 1 ? Math.sqrt(ss / (perFold.length - 1)) : 0;
        return new MetricSummary(mean, std, perFold);
    }

    /** A copy of the per-fold values. */
    @Override
    public double[] values() { return values.clone(); }

    public int folds() { return values.length; }

    /** "0.9281 ± 0.0021". */
    public String format() {
        return format(4);
    }

    /** Mean ± std with {@code digits} decimals. */
    public String format(int digits) {
        String f = "%." + digits + "f";
        return String.format(Locale.ROOT, f + " ± " + f, mean, std);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MetricSummary s && Double.compare(s.mean, mean) == 0 && Double.compare(s.std, std) == 0
                && java.util.Arrays.equals(s.values, values);
    }

    @Override
    public int hashCode() { return java.util.Arrays.hashCode(values); }

    @Override
    public String toString() { return format(); }
}
