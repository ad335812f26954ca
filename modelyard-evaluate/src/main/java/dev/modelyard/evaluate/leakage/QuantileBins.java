package dev.modelyard.evaluate.leakage;

import java.util.Arrays;

/**
 * Equal-frequency bins of a numeric column, nulls in a bin of their own. Binning lets out-of-fold bin
 * means catch proxies that are not monotonic in the raw value (a U-shape the raw AUC would miss).
 */
final class QuantileBins {
    /** Cut points come from a strided sample: exact enough for 20 bins and O(n) instead of a full sort. */
    private static final int SAMPLE = 1 << 16;

    private QuantileBins() {}

    /** Codes {@code 0..cuts} for values ({@code #cuts < v}), {@code cuts + 1} for NaN. */
    static Coded code(double[] values, int bins) {
        int nonNull = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                nonNull++;
            }
        }
        double[] cuts = cuts(values, nonNull, bins);
        int nullLevel = cuts.length + 1;
        int[] codes = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            codes[i] = Double.isNaN(v) ? nullLevel : lowerBound(cuts, v);
        }
        return new Coded(codes, nullLevel + 1);
    }

    /** Distinct quantiles at 1/bins .. (bins-1)/bins of the non-null values. */
    static double[] cuts(double[] values, int nonNull, int bins) {
        if (nonNull == 0) {
            return new double[0];
        }
        int m = Math.min(nonNull, SAMPLE);
        double[] sample = new double[m];
        double step = (double) nonNull / m;
        int seen = 0;
        int taken = 0;
        double next = 0;
        for (int i = 0; i < values.length && taken < m; i++) {
            if (Double.isNaN(values[i])) {
                continue;
            }
            if (seen >= next) {
                sample[taken++] = values[i] + 0.0;
                next += step;
            }
            seen++;
        }
        Arrays.sort(sample, 0, taken);
        double[] cuts = new double[bins - 1];
        int distinct = 0;
        for (int j = 1; j < bins; j++) {
            double q = sample[(int) ((long) j * taken / bins)];
            if (distinct == 0 || q != cuts[distinct - 1]) {
                cuts[distinct++] = q;
            }
        }
        return Arrays.copyOf(cuts, distinct);
    }

    /** Number of cuts strictly below {@code v}. */
    private static int lowerBound(double[] cuts, double v) {
        int lo = 0;
        int hi = cuts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cuts[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
