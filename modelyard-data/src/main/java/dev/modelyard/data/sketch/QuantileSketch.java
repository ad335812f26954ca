package dev.modelyard.data.sketch;

import java.util.Arrays;
import org.apache.datasketches.kll.KllDoublesSketch;
import org.apache.datasketches.quantilescommon.DoublesSortedView;

/**
 * An immutable, mergeable summary of a numeric distribution: sorted items with weights, the form of an Apache
 * DataSketches KLL sketch's sorted view. A column in memory is summarised exactly and deterministically (every
 * distinct value with its count when there are at most {@link #MAX_ITEMS}, else items at evenly spaced ranks
 * with exact weights: rank error ≤ 1/{@link #MAX_ITEMS}); KLL's own compaction is randomised (unseeded) and, at
 * k = 200, about ten times less accurate, which moved drift scores of near-binary features between runs.
 * Merging goes through a KLL sketch, so profiles of any number of windows combine in bounded space. Kept as
 * plain arrays so that it can be stored in our own layout: the library's memory-backed serialization refuses
 * JDK 25 in the DataSketches version that runs here (see docs/architecture.md).
 */
public final class QuantileSketch {
    /** KLL accuracy parameter used when merging: normalised rank error about 1.3 % at 99 % confidence. */
    public static final int K = 200;
    /** Most items kept when summarising a column. */
    public static final int MAX_ITEMS = 512;

    private final double[] items;      // sorted ascending
    private final double[] cumulative; // cumulative weights, last == n
    private final double min;
    private final double max;

    private QuantileSketch(double[] items, double[] cumulative, double min, double max) {
        this.items = items;
        this.cumulative = cumulative;
        this.min = min;
        this.max = max;
    }

    /** Sketch of the non-NaN values. */
    public static QuantileSketch of(double[] values) {
        return of(values, 0, values.length);
    }

    /** Sketch of the non-NaN values in {@code values[from, from+len)}. */
    public static QuantileSketch of(double[] values, int from, int len) {
        double[] v = new double[len];
        int n = 0;
        for (int i = from; i < from + len; i++) {
            if (!Double.isNaN(values[i])) {
                v[n++] = values[i];
            }
        }
        if (n == 0) {
            return new QuantileSketch(new double[0], new double[0], Double.NaN, Double.NaN);
        }
        Arrays.sort(v, 0, n);
        int distinct = 1;
        for (int i = 1; i < n && distinct <= MAX_ITEMS; i++) {
            if (v[i] != v[i - 1]) {
                distinct++;
            }
        }
        double[] items = new double[Math.min(distinct, MAX_ITEMS)];
        double[] cum = new double[items.length];
        int k = 0;
        if (distinct <= MAX_ITEMS) {
            for (int i = 0; i < n; i++) {
                if (i == n - 1 || v[i + 1] != v[i]) {
                    items[k] = v[i];
                    cum[k++] = i + 1;
                }
            }
        } else {
            int prev = -1;
            for (int j = 1; j <= MAX_ITEMS; j++) {
                int r = (int) Math.ceil((double) j * n / MAX_ITEMS) - 1;
                // A run of equal values ends in one item, so the CDF is exact at every item.
                while (r + 1 < n && v[r + 1] == v[r]) {
                    r++;
                }
                if (r > prev) {
                    items[k] = v[r];
                    cum[k++] = r + 1;
                    prev = r;
                }
            }
        }
        return new QuantileSketch(Arrays.copyOf(items, k), Arrays.copyOf(cum, k), v[0], v[n - 1]);
    }

    /** Restores a sketch stored as sorted items with their (non-cumulative) weights. */
    public static QuantileSketch restore(double[] items, long[] weights, double min, double max) {
        if (items.length != weights.length) {
            throw new IllegalArgumentException("sketch has " + items.length + " items but " + weights.length + " weights");
        }
        double[] cum = new double[items.length];
        double run = 0;
        for (int i = 0; i < items.length; i++) {
            if (weights[i] <= 0 || (i > 0 && items[i] < items[i - 1]) || Double.isNaN(items[i])) {
                throw new IllegalArgumentException("sketch items must be sorted numbers with positive weights (item " + i + ")");
            }
            run += weights[i];
            cum[i] = run;
        }
        return new QuantileSketch(items.clone(), cum, min, max);
    }

    static QuantileSketch snapshot(KllDoublesSketch s) {
        if (s.isEmpty()) {
            return new QuantileSketch(new double[0], new double[0], Double.NaN, Double.NaN);
        }
        DoublesSortedView view = s.getSortedView();
        double[] q = view.getQuantiles();
        long[] cw = view.getCumulativeWeights();
        // The sorted view of this DataSketches version can list an item with zero weight (a cumulative weight
        // equal to the previous one); such an item carries no mass, so it is dropped.
        double[] items = new double[q.length];
        double[] cum = new double[q.length];
        int k = 0;
        long prev = 0;
        for (int i = 0; i < cw.length; i++) {
            if (cw[i] > prev) {
                items[k] = q[i];
                cum[k++] = cw[i];
                prev = cw[i];
            }
        }
        return new QuantileSketch(Arrays.copyOf(items, k), Arrays.copyOf(cum, k), s.getMinItem(), s.getMaxItem());
    }

    /** A sketch of both inputs (KLL merge semantics: the result is as accurate as a sketch of the union). */
    public QuantileSketch merge(QuantileSketch other) {
        KllDoublesSketch s = KllDoublesSketch.newHeapInstance(K);
        feed(s);
        other.feed(s);
        QuantileSketch m = snapshot(s);
        // The weighted re-feed loses the true extremes; keep them.
        return new QuantileSketch(m.items, m.cumulative, nanMin(min, other.min), nanMax(max, other.max));
    }

    private void feed(KllDoublesSketch s) {
        double prev = 0;
        for (int i = 0; i < items.length; i++) {
            long w = Math.round(cumulative[i] - prev);
            prev = cumulative[i];
            if (w > 0) {
                s.update(items[i], w);
            }
        }
    }

    /** Number of values summarised. */
    public long n() { return items.length == 0 ? 0 : Math.round(cumulative[cumulative.length - 1]); }

    public boolean isEmpty() { return items.length == 0; }

    public double min() { return min; }

    public double max() { return max; }

    /** Retained items, sorted (a copy). */
    public double[] items() { return items.clone(); }

    /** Weight of each retained item (a copy). */
    public long[] weights() {
        long[] w = new long[items.length];
        double prev = 0;
        for (int i = 0; i < items.length; i++) {
            w[i] = Math.round(cumulative[i] - prev);
            prev = cumulative[i];
        }
        return w;
    }

    /** Fraction of values ≤ {@code x} (0 when empty). */
    public double cdf(double x) {
        if (items.length == 0) {
            return 0;
        }
        int i = upperBound(x);
        return i == 0 ? 0 : cumulative[i - 1] / cumulative[cumulative.length - 1];
    }

    /** Fractions of values ≤ each of {@code xs}. */
    public double[] cdf(double[] xs) {
        double[] out = new double[xs.length];
        for (int i = 0; i < xs.length; i++) {
            out[i] = cdf(xs[i]);
        }
        return out;
    }

    /** The value at normalised rank {@code q} in [0, 1] (inclusive search, as KLL's default); NaN when empty. */
    public double quantile(double q) {
        if (items.length == 0) {
            return Double.NaN;
        }
        if (q <= 0) {
            return min;
        }
        if (q >= 1) {
            return max;
        }
        double target = q * cumulative[cumulative.length - 1];
        int i = Arrays.binarySearch(cumulative, target);
        if (i < 0) {
            i = -i - 1;
        }
        return items[Math.min(i, items.length - 1)];
    }

    /** Values at each rank. */
    public double[] quantiles(double[] qs) {
        double[] out = new double[qs.length];
        for (int i = 0; i < qs.length; i++) {
            out[i] = quantile(qs[i]);
        }
        return out;
    }

    /** Index of the first item greater than {@code x}. */
    private int upperBound(double x) {
        int lo = 0;
        int hi = items.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (items[mid] <= x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static double nanMin(double a, double b) {
        return Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.min(a, b);
    }

    private static double nanMax(double a, double b) {
        return Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.max(a, b);
    }
}
