package dev.modelyard.learn.features;

import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.core.frame.Column;
import dev.modelyard.core.frame.ColumnType;
import dev.modelyard.core.frame.DoubleColumn;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.learn.api.Estimator;
import dev.modelyard.learn.api.FitContext;
import dev.modelyard.scoring.api.Target;
import dev.modelyard.scoring.features.FittedTargetEncoder;
import dev.modelyard.scoring.features.LevelIndex;
import java.util.ArrayList;
import java.util.List;

/**
 * Replaces each categorical column {@code c} with more than {@code minLevels} distinct training
 * levels by its smoothed target mean: {@code (sum + m*prior)/(count + m)}, one column {@code c__te}
 * for binary (share of the second class) and regression, or one column {@code c__te_<class>} per
 * class for multiclass. Unseen and missing values get the prior.
 *
 * <p>{@link #fit} learns from every training row and is what new data sees. {@link #fitTransform}
 * encodes the training rows out of fold (each row by statistics of the other folds, seeded shuffle),
 * so a learner never sees a row's own target inside its features.
 */
public final class TargetEncoder implements Estimator<FittedTargetEncoder> {
    public static final String KIND = FittedTargetEncoder.KIND;

    /**
     * @param minLevels columns with at most this many distinct levels are left alone
     * @param smoothing m of the m-estimate: how many rows of prior a level's mean is blended with
     * @param folds     folds of the out-of-fold training encoding
     */
    public record Params(int minLevels, double smoothing, int folds) {
        public Params {
            if (minLevels < 0) {
                throw ModelyardException.invalid("target_encode: minLevels must be >= 0, got " + minLevels);
            }
            if (!(smoothing >= 0) || Double.isInfinite(smoothing)) {
                throw ModelyardException.invalid("target_encode: smoothing must be a finite number >= 0, got " + smoothing);
            }
            if (folds < 2) {
                throw ModelyardException.invalid("target_encode: folds must be >= 2, got " + folds);
            }
        }
    }

    private final Params params;

    public TargetEncoder(Params params) {
        this.params = params;
    }

    /** More than 16 levels, m = 20, 5 folds. */
    public static TargetEncoder defaults() {
        return new TargetEncoder(new Params(16, 20.0, 5));
    }

    @Override public String kind() { return KIND; }

    @Override public Params params() { return params; }

    @Override
    public FittedTargetEncoder fit(Frame data, Target target, FitContext ctx) {
        check(data, target);
        double[] y = TargetStats.rows(target);
        int w = TargetStats.width(target);
        List<FittedTargetEncoder.Encoding> enc = new ArrayList<>();
        for (Column c : data.columns()) {
            if (c.type() != ColumnType.CATEGORICAL) {
                continue;
            }
            LevelCounts lc = LevelCounts.of(c);
            if (lc.distinct() <= params.minLevels()) {
                continue;
            }
            int[] pos = new LevelIndex(lc.levels()).rows(c);
            double[] table = TargetStats.table(pos, lc.distinct(), y, w, null, params.smoothing());
            enc.add(new FittedTargetEncoder.Encoding(c.field(), lc.levels(), table));
        }
        List<String> suffixes = w == 1 ? List.of() : target.classes();
        return new FittedTargetEncoder(enc, suffixes);
    }

    @Override
    public Fitted<FittedTargetEncoder> fitTransform(Frame data, Target target, FitContext ctx) {
        FittedTargetEncoder t = fit(data, target, ctx);
        if (t.inputSchema().size() == 0) {
            return new Fitted<>(t, data); // nothing to encode: skip the fold shuffle
        }
        int n = data.rowCount();
        int k = Math.min(params.folds(), n);
        if (k < 2) {
            throw ModelyardException.invalid("target_encode: out-of-fold encoding needs at least 2 training rows, got " + n);
        }
        int[] fold = TargetStats.folds(n, k, ctx.seed());
        double[] y = TargetStats.rows(target);
        int w = TargetStats.width(target);
        List<Column> out = new ArrayList<>();
        for (Column c : data.columns()) {
            int h = t.inputSchema().indexOf(c.name());
            if (h < 0) {
                out.add(c);
                continue;
            }
            ctx.cancellation().check();
            LevelIndex li = t.levelIndex(h);
            int[] pos = li.rows(c);
            double[][] cols = new double[w][n];
            boolean[] use = new boolean[n];
            for (int f = 0; f < k; f++) {
                for (int i = 0; i < n; i++) {
                    use[i] = fold[i] != f;
                }
                double[] table = TargetStats.table(pos, li.size(), y, w, use, params.smoothing());
                for (int i = 0; i < n; i++) {
                    if (!use[i]) {
                        int l = pos[i] < 0 ? li.size() : pos[i];
                        for (int j = 0; j < w; j++) {
                            cols[j][i] = table[l * w + j];
                        }
                    }
                }
            }
            for (int j = 0; j < w; j++) {
                out.add(DoubleColumn.owning(t.outputNames(h).get(j), cols[j]));
            }
        }
        return new Fitted<>(t, out.isEmpty() ? Frame.empty(n) : Frame.of(out));
    }

    private static void check(Frame data, Target target) {
        if (target == null) {
            throw ModelyardException.invalid("target_encode needs a target: give the label column (it encodes categories by their mean target)");
        }
        TargetStats.requireRows(KIND, data, target);
    }
}
