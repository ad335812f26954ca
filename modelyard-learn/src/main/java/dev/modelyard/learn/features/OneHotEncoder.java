package dev.modelyard.learn.features;

import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.core.frame.Column;
import dev.modelyard.core.frame.ColumnType;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.learn.api.Estimator;
import dev.modelyard.learn.api.FitContext;
import dev.modelyard.scoring.api.Target;
import dev.modelyard.scoring.features.ColumnLevels;
import dev.modelyard.scoring.features.FittedOneHotEncoder;
import java.util.ArrayList;
import java.util.List;

/**
 * Replaces each categorical column {@code c} with at most {@code maxLevels} distinct training levels
 * by one 0/1 column {@code c=<level>} per level, levels sorted. Levels seen fewer than
 * {@code minFrequency} times get no column. Unseen, rare and missing values give all zeros.
 */
public final class OneHotEncoder implements Estimator<FittedOneHotEncoder> {
    public static final String KIND = FittedOneHotEncoder.KIND;

    /**
     * @param maxLevels    columns with more distinct training levels are left for other encoders
     * @param minFrequency levels with fewer training rows than this get no column (0 keeps all)
     */
    public record Params(int maxLevels, int minFrequency) {
        public Params {
            if (maxLevels < 1) {
                throw ModelyardException.invalid("one_hot: maxLevels must be >= 1, got " + maxLevels);
            }
            if (minFrequency < 0) {
                throw ModelyardException.invalid("one_hot: minFrequency must be >= 0, got " + minFrequency);
            }
        }
    }

    private final Params params;

    public OneHotEncoder(Params params) {
        this.params = params;
    }

    /** Up to 16 levels, every level kept. */
    public static OneHotEncoder defaults() {
        return new OneHotEncoder(new Params(16, 0));
    }

    @Override public String kind() { return KIND; }

    @Override public Params params() { return params; }

    @Override
    public FittedOneHotEncoder fit(Frame data, Target target, FitContext ctx) {
        List<ColumnLevels> enc = new ArrayList<>();
        for (Column c : data.columns()) {
            if (c.type() != ColumnType.CATEGORICAL) {
                continue;
            }
            LevelCounts lc = LevelCounts.of(c);
            if (lc.distinct() == 0 || lc.distinct() > params.maxLevels()) {
                continue;
            }
            List<String> kept = new ArrayList<>();
            for (int k = 0; k < lc.distinct(); k++) {
                if (lc.counts()[k] >= params.minFrequency()) {
                    kept.add(lc.levels().get(k));
                }
            }
            enc.add(new ColumnLevels(c.field(), kept));
        }
        return new FittedOneHotEncoder(enc);
    }
}
