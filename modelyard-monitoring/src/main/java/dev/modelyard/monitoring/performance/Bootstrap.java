package dev.modelyard.monitoring.performance;

import dev.modelyard.evaluate.metrics.Metric;
import dev.modelyard.evaluate.metrics.MetricSummary;
import java.util.SplittableRandom;

/** Resampling rows with replacement: the standard error of a metric on a window. */
public final class Bootstrap {
    /**
     * Above this many rows, standard errors are measured on a random subset of this size and scaled by
     * {@code sqrt(subset / rows)} (the metrics here are averages or U-statistics, whose error shrinks as
     * {@code 1/sqrt(n)}): a window of millions of rows costs as much as one of 20,000.
     */
    public static final int MAX_ROWS = 20_000;

    private Bootstrap() {}

    /** {@code n} row positions drawn uniformly with replacement. */
    public static int[] draw(int n, SplittableRandom rng) {
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = rng.nextInt(n);
        }
        return out;
    }

    /**
     * Standard deviation of {@code metric} over {@code resamples} bootstrap resamples of the rows; resamples where
     * the metric is undefined (e.g. AUC with one class) are skipped. 0 with fewer than two resamples or rows.
     */
    public static double standardError(Metric metric, LabelledScores scores, int resamples, long seed) {
        int n = scores.size();
        if (resamples < 2 || n < 2) {
            return 0;
        }
        SplittableRandom rng = new SplittableRandom(seed);
        if (n > MAX_ROWS) {
            LabelledScores subset = scores.select(subset(n, MAX_ROWS, rng));
            return standardError(metric, subset, resamples, rng.nextLong()) * Math.sqrt((double) MAX_ROWS / n);
        }
        double[] values = new double[resamples];
        int k = 0;
        for (int r = 0; r < resamples; r++) {
            double v = scores.select(draw(n, rng)).metric(metric);
            if (!Double.isNaN(v)) {
                values[k++] = v;
            }
        }
        return std(values, k);
    }

    /** {@code k} distinct positions out of {@code n}, uniformly (a partial Fisher–Yates shuffle). */
    static int[] subset(int n, int k, SplittableRandom rng) {
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        for (int i = 0; i < k; i++) {
            int j = i + rng.nextInt(n - i);
            int t = all[i];
            all[i] = all[j];
            all[j] = t;
        }
        return java.util.Arrays.copyOf(all, k);
    }

    /** Sample standard deviation of the first {@code k} values (as cross-validation summaries); 0 for fewer than two. */
    static double std(double[] values, int k) {
        return k < 2 ? 0 : MetricSummary.of(java.util.Arrays.copyOf(values, k)).std();
    }
}
