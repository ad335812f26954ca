package dev.modelyard.learn.features;

import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.core.frame.Column;
import dev.modelyard.core.frame.ColumnType;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.learn.api.Estimator;
import dev.modelyard.learn.api.FitContext;
import dev.modelyard.scoring.api.Target;
import dev.modelyard.scoring.features.FittedFrequencyEncoder;
import java.util.ArrayList;
import java.util.List;

/**
 * For each categorical column {@code c} with more than {@code minLevels} distinct training levels,
 * keeps {@code c} as is and adds {@code c__freq}: the level's share of the training rows (missing
 * rows included in the denominator). Unseen and missing values give 0.
 */
public final class FrequencyEncoder implements Estimator<FittedFrequencyEncoder> {
    public static final String KIND = FittedFrequencyEncoder.KIND;

    /** @param minLevels columns with at most this many distinct levels are left alone (one-hot handles them) */
    public record Params(int minLevels) {
        public Params {
            if (minLevels < 0) {
                throw ModelyardException.invalid("frequency: minLevels must be >= 0, got " + minLevels);
            }
        }
    }

    private final Params params;

    public FrequencyEncoder(Params params) {
        this.params = params;
    }

    /** Columns with more than 16 levels. */
    public static FrequencyEncoder defaults() {
        return new FrequencyEncoder(new Params(16));
    }

    @Override public String kind() { return KIND; }

    @Override public Params params() { return params; }

    @Override
    public FittedFrequencyEncoder fit(Frame data, Target target, FitContext ctx) {
        List<FittedFrequencyEncoder.Encoding> enc = new ArrayList<>();
        for (Column c : data.columns()) {
            if (c.type() != ColumnType.CATEGORICAL) {
                continue;
            }
            LevelCounts lc = LevelCounts.of(c);
            if (lc.distinct() <= params.minLevels()) {
                continue;
            }
            double[] share = new double[lc.distinct()];
            for (int k = 0; k < share.length; k++) {
                share[k] = (double) lc.counts()[k] / data.rowCount();
            }
            enc.add(new FittedFrequencyEncoder.Encoding(c.field(), lc.levels(), share));
        }
        return new FittedFrequencyEncoder(enc);
    }
}
