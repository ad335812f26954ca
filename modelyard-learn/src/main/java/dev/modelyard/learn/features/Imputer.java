package dev.modelyard.learn.features;

import dev.modelyard.core.frame.Column;
import dev.modelyard.core.frame.ColumnType;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.learn.api.Estimator;
import dev.modelyard.learn.api.FitContext;
import dev.modelyard.scoring.api.Target;
import dev.modelyard.scoring.features.FittedImputer;
import java.util.ArrayList;
import java.util.List;

/**
 * Fills missing values. Every numeric column (double, long, boolean) becomes a double column with
 * missing values replaced by the training median (or mean); every categorical column keeps its type
 * with missing values replaced by the most frequent training level. A {@code c__missing} 0/1 column
 * follows each column that had missing values in training (or every handled column with
 * {@code indicatorsAlways}). Columns complete in training are still filled when a later row lacks a value.
 */
public final class Imputer implements Estimator<FittedImputer> {
    public static final String KIND = FittedImputer.KIND;
    /** Fill for a categorical column with no value at all in training (the drop step normally removes those). */
    static final String NO_LEVEL = "(missing)";

    /** How numeric columns are filled. */
    public enum Strategy { MEDIAN, MEAN }

    /**
     * @param strategy         fill value for numeric columns
     * @param indicatorsAlways add {@code c__missing} for every handled column, not only those with missing values in training
     */
    public record Params(Strategy strategy, boolean indicatorsAlways) {
        public Params {
            strategy = strategy == null ? Strategy.MEDIAN : strategy;
        }
    }

    private final Params params;

    public Imputer(Params params) {
        this.params = params;
    }

    /** Median fill, indicators only where training had missing values. */
    public static Imputer defaults() {
        return new Imputer(new Params(Strategy.MEDIAN, false));
    }

    @Override public String kind() { return KIND; }

    @Override public Params params() { return params; }

    @Override
    public FittedImputer fit(Frame data, Target target, FitContext ctx) {
        List<FittedImputer.Fill> fills = new ArrayList<>();
        for (Column c : data.columns()) {
            boolean indicator = params.indicatorsAlways() || c.nullCount() > 0;
            switch (c.type()) {
                case DOUBLE, LONG, BOOLEAN -> fills.add(FittedImputer.Fill.numeric(c.field(), numericFill(c), indicator));
                case CATEGORICAL -> {
                    String mode = LevelCounts.of(c).mode();
                    fills.add(FittedImputer.Fill.categorical(c.field(), mode == null ? NO_LEVEL : mode, indicator));
                }
                default -> { }
            }
        }
        return new FittedImputer(fills);
    }

    private double numericFill(Column c) {
        double[] v = new double[c.size() - c.nullCount()];
        int k = 0;
        for (int i = 0; i < c.size(); i++) {
            double x = c.getDouble(i);
            if (!Double.isNaN(x)) {
                v[k++] = x;
            }
        }
        if (k == 0) {
            return 0.0; // nothing to learn from: any constant will do, the drop step normally removes these
        }
        if (params.strategy() == Strategy.MEAN) {
            double s = 0;
            for (int i = 0; i < k; i++) {
                s += v[i];
            }
            return s / k;
        }
        double upper = select(v, k, k / 2);
        if (k % 2 == 1) {
            return upper;
        }
        // After selection every value left of k/2 is <= upper: the lower middle is their maximum.
        double lower = v[0];
        for (int i = 1; i < k / 2; i++) {
            lower = Math.max(lower, v[i]);
        }
        return (lower + upper) / 2.0;
    }

    /** The {@code rank}-th smallest of {@code v[0..n)} (quickselect, median-of-three pivot), partially reordering v. */
    static double select(double[] v, int n, int rank) {
        int lo = 0;
        int hi = n - 1;
        while (hi > lo) {
            int mid = (lo + hi) >>> 1;
            double a = v[lo];
            double b = v[mid];
            double c = v[hi];
            double pivot = Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (v[i] < pivot) {
                    i++;
                }
                while (v[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    double t = v[i];
                    v[i] = v[j];
                    v[j] = t;
                    i++;
                    j--;
                }
            }
            if (rank <= j) {
                hi = j;
            } else if (rank >= i) {
                lo = i;
            } else {
                return v[rank];
            }
        }
        return v[rank];
    }

}
