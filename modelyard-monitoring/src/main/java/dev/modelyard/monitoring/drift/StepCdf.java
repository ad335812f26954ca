package dev.modelyard.monitoring.drift;

import dev.modelyard.data.sketch.QuantileSketch;

/**
 * The empirical CDF of a weighted sample: sorted values, each carrying a weight (1 for raw data, the
 * retained item's weight for a quantile sketch). Both sides of a numeric drift test are one of these, so KS
 * and Wasserstein are computed exactly on the two step functions.
 */
final class StepCdf {
    private final double[] x;       // sorted ascending, may repeat
    private final double[] cum;     // cumulative weights, or null for unit weights
    private final int size;
    private final double total;

    private StepCdf(double[] x, double[] cum, int size, double total) {
        this.x = x;
        this.cum = cum;
        this.size = size;
        this.total = total;
    }

    /** The first {@code size} entries of {@code sorted}, each of weight 1 (the array is kept, not copied). */
    static StepCdf ofSorted(double[] sorted, int size) {
        return new StepCdf(sorted, null, size, size);
    }

    /** A sketch's retained items with their weights. */
    static StepCdf of(QuantileSketch sketch) {
        double[] items = sketch.items();
        long[] w = sketch.weights();
        double[] cum = new double[items.length];
        double run = 0;
        for (int i = 0; i < items.length; i++) {
            run += w[i];
            cum[i] = run;
        }
        return new StepCdf(items, cum, items.length, run);
    }

    int size() { return size; }

    double x(int i) { return x[i]; }

    /** Total weight of entries {@code 0..i}. */
    double cumulative(int i) { return cum == null ? i + 1 : cum[i]; }

    /** Total weight (the sample size it stands for). */
    double total() { return total; }

    boolean isEmpty() { return size == 0; }

    /** Share of the weight at or below {@code v}. */
    double cdf(double v) {
        int i = upperBound(v);
        return i == 0 ? 0 : cumulative(i - 1) / total;
    }

    /** Index of the first entry greater than {@code v}. */
    int upperBound(double v) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (x[mid] <= v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Index just past the run of entries equal to {@code x(i)}. */
    int endOfTies(int i) {
        double v = x[i];
        int j = i + 1;
        while (j < size && x[j] == v) {
            j++;
        }
        return j;
    }
}
