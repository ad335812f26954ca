package dev.modelyard.monitoring.performance;

import dev.modelyard.core.error.ModelyardException;
import java.util.Arrays;

/**
 * Isotonic calibration of scores: a non-decreasing map from a model's score to the observed share of positives,
 * fitted by pool-adjacent-violators and read with linear interpolation between pooled blocks (as scikit-learn's
 * {@code IsotonicRegression}), flat beyond the fitted range.
 *
 * <p>Isotonic rather than quantile-binned: it needs no bin count, keeps the model's ranking (so the expected ROC
 * curve is built on the scores the model actually ranks by), and adapts its resolution to the data — many small
 * blocks where scores separate the classes well, few where they do not. NannyML's CBPE calibrates the same way.
 * Its weakness, overfitting with very few rows, is bounded here by pooling: blocks of tied scores are merged
 * first and at least {@link #MIN_ROWS} labelled rows are required. Immutable.
 */
public final class Calibration {
    /** Fewer labelled reference rows than this make the calibration too coarse to estimate from. */
    public static final int MIN_ROWS = 100;

    private final double[] low;
    private final double[] high;
    private final double[] value;

    private Calibration(double[] low, double[] high, double[] value) {
        this.low = low;
        this.high = high;
        this.value = value;
    }

    /**
     * Fits the map from {@code scores} to {@code positive} (1 for the positive class, 0 otherwise). Rows with a
     * NaN score are skipped.
     */
    public static Calibration fit(double[] scores, boolean[] positive) {
        if (scores.length != positive.length) {
            throw new IllegalArgumentException(scores.length + " scores for " + positive.length + " labels");
        }
        Integer[] order = java.util.stream.IntStream.range(0, scores.length).filter(i -> !Double.isNaN(scores[i]))
                .boxed().toArray(Integer[]::new);
        if (order.length < MIN_ROWS) {
            throw ModelyardException.invalid("calibration needs at least " + MIN_ROWS + " labelled rows with a score (got "
                    + order.length + ")");
        }
        Arrays.sort(order, (a, b) -> Double.compare(scores[a], scores[b]));
        int n = order.length;
        double[] lo = new double[n];
        double[] hi = new double[n];
        double[] sum = new double[n];
        double[] weight = new double[n];
        int blocks = 0;
        for (int k = 0; k < n; ) {
            // Tied scores cannot be ordered, so they start as one block.
            double s = scores[order[k]];
            int end = k;
            double y = 0;
            while (end < n && scores[order[end]] == s) {
                y += positive[order[end]] ? 1 : 0;
                end++;
            }
            lo[blocks] = s;
            hi[blocks] = s;
            sum[blocks] = y;
            weight[blocks] = end - k;
            blocks++;
            // Pool adjacent violators: merge backwards while the previous block's mean is not below this one's.
            while (blocks > 1 && sum[blocks - 2] / weight[blocks - 2] >= sum[blocks - 1] / weight[blocks - 1]) {
                sum[blocks - 2] += sum[blocks - 1];
                weight[blocks - 2] += weight[blocks - 1];
                hi[blocks - 2] = hi[blocks - 1];
                blocks--;
            }
            k = end;
        }
        double[] v = new double[blocks];
        for (int b = 0; b < blocks; b++) {
            v[b] = sum[b] / weight[b];
        }
        return new Calibration(Arrays.copyOf(lo, blocks), Arrays.copyOf(hi, blocks), v);
    }

    /** The calibrated probability of the positive class for a score; NaN for a NaN score. */
    public double apply(double score) {
        if (Double.isNaN(score)) {
            return Double.NaN;
        }
        int b = Arrays.binarySearch(low, score);
        if (b >= 0) {
            return value[b];
        }
        int next = -b - 1; // first block starting above the score
        if (next == 0) {
            return value[0];
        }
        int prev = next - 1;
        if (score <= high[prev] || next == low.length) {
            return value[prev];
        }
        double t = (score - high[prev]) / (low[next] - high[prev]);
        return value[prev] + t * (value[next] - value[prev]);
    }

    /** {@link #apply} for every score. */
    public double[] apply(double[] scores) {
        double[] out = new double[scores.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = apply(scores[i]);
        }
        return out;
    }

    /** Number of pooled blocks (steps of the map). */
    public int blocks() {
        return value.length;
    }
}
