package dev.modelyard.learn.features;

import dev.modelyard.core.frame.Column;
import dev.modelyard.core.frame.ColumnType;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.learn.api.Estimator;
import dev.modelyard.learn.api.FitContext;
import dev.modelyard.learn.api.Target;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Fills missing values. Every numeric column (double, long, boolean) becomes a double column with
 * missing values replaced by the training median (or mean); every categorical column keeps its type
 * with missing values replaced by the most frequent training level. A {@code c__missing} 0/1 column
 * follows each column that had missing values in training (or every handled column with
 * {@code indicatorsAlways}). Columns complete in training are still filled when a later row lacks a value.
 */
public final class Imputer implements Estimator<FittedImputer> {
    public static final String KIND = "impute";
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
        Arrays.sort(v, 0, k);
        return k % 2 == 1 ? v[k / 2] : (v[k / 2 - 1] + v[k / 2]) / 2.0;
    }

    static boolean isNumeric(ColumnType t) {
        return t == ColumnType.DOUBLE || t == ColumnType.LONG || t == ColumnType.BOOLEAN;
    }
}
