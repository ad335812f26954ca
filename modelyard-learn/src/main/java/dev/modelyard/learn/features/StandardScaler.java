package dev.modelyard.learn.features;

import dev.modelyard.core.frame.Column;
import dev.modelyard.core.frame.Field;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.learn.api.Estimator;
import dev.modelyard.learn.api.FitContext;
import dev.modelyard.scoring.api.Target;
import dev.modelyard.scoring.features.FittedStandardScaler;
import java.util.ArrayList;
import java.util.List;

/**
 * Standardises every numeric column (double, long, boolean) to a double {@code (x - mean) / std}
 * with the training mean and population standard deviation (missing values ignored). A constant
 * column divides by 1; missing stays NaN.
 */
public final class StandardScaler implements Estimator<FittedStandardScaler> {
    public static final String KIND = FittedStandardScaler.KIND;

    /** No hyperparameters yet; a record so the step logs and round-trips like every other. */
    public record Params() {}

    private final Params params;

    public StandardScaler(Params params) {
        this.params = params;
    }

    public static StandardScaler defaults() {
        return new StandardScaler(new Params());
    }

    @Override public String kind() { return KIND; }

    @Override public Params params() { return params; }

    @Override
    public FittedStandardScaler fit(Frame data, Target target, FitContext ctx) {
        List<Field> handled = new ArrayList<>();
        List<double[]> stats = new ArrayList<>();
        for (Column c : data.columns()) {
            if (!c.type().isNumber()) {
                continue;
            }
            // Welford: stable for large offsets such as epoch-like values.
            long n = 0;
            double mean = 0;
            double m2 = 0;
            for (int i = 0; i < c.size(); i++) {
                double x = c.getDouble(i);
                if (!Double.isNaN(x)) {
                    n++;
                    double d = x - mean;
                    mean += d / n;
                    m2 += d * (x - mean);
                }
            }
            double std = n == 0 ? 0 : Math.sqrt(m2 / n);
            handled.add(c.field());
            stats.add(new double[] {n == 0 ? 0 : mean, std > 0 && Double.isFinite(std) ? std : 1.0});
        }
        double[] mean = new double[stats.size()];
        double[] std = new double[stats.size()];
        for (int h = 0; h < stats.size(); h++) {
            mean[h] = stats.get(h)[0];
            std[h] = stats.get(h)[1];
        }
        return new FittedStandardScaler(handled, mean, std);
    }
}
