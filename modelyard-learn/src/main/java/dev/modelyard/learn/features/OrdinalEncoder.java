package dev.modelyard.learn.features;

import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.core.frame.Column;
import dev.modelyard.core.frame.ColumnType;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.learn.api.Estimator;
import dev.modelyard.learn.api.FitContext;
import dev.modelyard.scoring.api.Target;
import dev.modelyard.scoring.api.Task;
import dev.modelyard.scoring.features.ColumnLevels;
import dev.modelyard.scoring.features.FittedOrdinalEncoder;
import dev.modelyard.scoring.features.LevelIndex;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * For tree learners: replaces each categorical column with at most {@code maxLevels} distinct training
 * levels by one double column of the same name holding the level's code 0, 1, 2, ... Unseen and missing
 * values give NaN (XGBoost sends them down each split's learnt default branch).
 *
 * <p>The codes are ordered so that a single threshold split separates levels well: for binary and
 * regression targets by the level's mean target on the training rows, ascending (H2O's
 * {@code SortByResponse}), smoothed towards the overall mean so that a rare level does not land at
 * either end on the strength of a few rows; for multiclass targets, or without a target, by training
 * frequency, descending. Ties go to the smaller level name, so the same data always gives the same codes.
 */
public final class OrdinalEncoder implements Estimator<FittedOrdinalEncoder> {
    public static final String KIND = FittedOrdinalEncoder.KIND;

    /**
     * @param maxLevels columns with more distinct training levels are left for other encoders
     * @param smoothing m of the m-estimate {@code (sum + m*prior)/(count + m)} that levels are ordered by,
     *                  so a rare level's few rows cannot place it at either end (0 orders by the plain mean)
     */
    public record Params(int maxLevels, double smoothing) {
        public Params {
            if (maxLevels < 1) {
                throw ModelyardException.invalid("ordinal: maxLevels must be >= 1, got " + maxLevels);
            }
            if (!(smoothing >= 0) || Double.isInfinite(smoothing)) {
                throw ModelyardException.invalid("ordinal: smoothing must be a finite number >= 0, got " + smoothing);
            }
        }
    }

    private final Params params;

    public OrdinalEncoder(Params params) {
        this.params = params;
    }

    /** Up to 16 levels, ordered by the mean target smoothed with m = 20 (as the target encoder's). */
    public static OrdinalEncoder defaults() {
        return new OrdinalEncoder(new Params(16, 20.0));
    }

    @Override public String kind() { return KIND; }

    @Override public Params params() { return params; }

    @Override
    public FittedOrdinalEncoder fit(Frame data, Target target, FitContext ctx) {
        if (target != null) {
            TargetStats.requireRows(KIND, data, target);
        }
        boolean byResponse = target != null && target.task() != Task.MULTICLASS;
        List<ColumnLevels> enc = new ArrayList<>();
        for (Column c : data.columns()) {
            if (c.type() != ColumnType.CATEGORICAL) {
                continue;
            }
            LevelCounts lc = LevelCounts.of(c);
            // A column with no level at all is still encoded (all NaN) so that no category reaches the learner.
            if (lc.distinct() > params.maxLevels()) {
                continue;
            }
            Comparator<Integer> order = byResponse ? byMean(meanTarget(c, lc, target, params.smoothing())) : byCount(lc.counts());
            // LevelCounts lists levels by name, so comparing positions breaks ties by name.
            List<Integer> positions = new ArrayList<>();
            for (int k = 0; k < lc.distinct(); k++) {
                positions.add(k);
            }
            positions.sort(order.thenComparing(Comparator.naturalOrder()));
            enc.add(new ColumnLevels(c.field(), positions.stream().map(lc.levels()::get).toList()));
        }
        return new FittedOrdinalEncoder(enc);
    }

    private static Comparator<Integer> byMean(double[] mean) {
        return Comparator.comparingDouble(k -> mean[k]);
    }

    private static Comparator<Integer> byCount(int[] count) {
        return Comparator.comparingInt(k -> -count[k]);
    }

    /** Smoothed mean target per level (position in {@code lc}); binary targets hold class indices, so this is the second class's share. */
    private static double[] meanTarget(Column c, LevelCounts lc, Target target, double m) {
        int[] pos = new LevelIndex(lc.levels()).rows(c);
        double[] table = TargetStats.table(pos, lc.distinct(), target.values(), 1, null, m);
        return Arrays.copyOf(table, lc.distinct());
    }
}
