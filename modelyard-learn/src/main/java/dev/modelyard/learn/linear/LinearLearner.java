package dev.modelyard.learn.linear;

import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.learn.api.FitContext;
import dev.modelyard.learn.api.Learner;
import dev.modelyard.scoring.api.Model;
import dev.modelyard.scoring.api.Target;
import dev.modelyard.scoring.linear.LinearModel;
import dev.modelyard.scoring.linear.LinearParams;
import java.util.Objects;

/**
 * Elastic-net generalised linear models: least squares for regression, logistic regression for binary
 * and softmax regression for multiclass targets, chosen from the target's task. Fitted by glmnet-style
 * coordinate descent (with proximal Newton steps for the logistic losses) on internally standardised
 * features, sequentially, so the same data gives bit-identical coefficients; the seed is not used.
 * Every column of the frame is a feature and must be numeric; a missing value (NaN) counts as the
 * column's mean (0 after standardisation) — the feature pipeline normally imputes before this.
 */
public final class LinearLearner implements Learner {
    private final LinearParams params;

    public LinearLearner(LinearParams params) {
        this.params = Objects.requireNonNull(params);
    }

    public LinearLearner() {
        this(LinearParams.defaults());
    }

    @Override public String kind() { return LinearModel.KIND; }

    @Override public String name() { return "linear"; }

    @Override public LinearParams params() { return params; }

    @Override
    public Model fit(Frame data, Target target, FitContext ctx) {
        if (target == null) {
            throw ModelyardException.invalid("linear: a target is required");
        }
        int n = data.rowCount();
        if (n == 0) {
            throw ModelyardException.invalid("linear: no training rows");
        }
        if (target.size() != n) {
            throw ModelyardException.invalid("linear: target '" + target.name() + "' has " + target.size() + " values but the data has " + n + " rows");
        }
        ctx.cancellation().check();
        Design d = Design.of(data, params.fitIntercept(), params.standardize());
        Budget budget = new Budget(params.maxIterations(), ctx);
        Solution s = switch (target.task()) {
            case REGRESSION -> SquaredLossFit.fit(d, regressionValues(target), params, budget);
            case BINARY -> {
                if (target.classCount() != 2) {
                    throw ModelyardException.invalid("linear: binary target '" + target.name() + "' has " + target.classCount() + " classes");
                }
                int[] label = labels(target);
                double[] y = new double[n];
                for (int i = 0; i < n; i++) {
                    y[i] = label[i];
                }
                yield LogisticFit.fit(d, y, params, budget);
            }
            case MULTICLASS -> MultinomialFit.fit(d, labels(target), target.classCount(), params, budget);
        };
        budget.finish();
        return fold(d, s, data, target);
    }

    /** Folds the standardisation into the weights: {@code b0 + sum beta_j (x_j - c_j) / s_j} becomes a plain dot product. */
    private LinearModel fold(Design d, Solution s, Frame data, Target target) {
        int rows = s.beta().length;
        int p = d.cols;
        double[] weights = new double[rows * p];
        double[] intercepts = new double[rows];
        for (int k = 0; k < rows; k++) {
            double b0 = s.b0()[k];
            for (int j = 0; j < p; j++) {
                double w = s.beta()[k][j] / d.scale[j];
                weights[k * p + j] = w;
                b0 -= w * d.center[j];
            }
            intercepts[k] = b0;
        }
        return new LinearModel(target.task(), target.classes(), data.schema().names(), params,
                weights, intercepts, d.center.clone(), s.iterations(), s.converged());
    }

    private static double[] regressionValues(Target t) {
        double[] y = t.values();
        for (int i = 0; i < y.length; i++) {
            if (!Double.isFinite(y[i])) {
                throw ModelyardException.invalid("linear: target '" + t.name() + "' has a non-finite value (" + y[i] + ") at row " + i);
            }
        }
        return y;
    }

    private static int[] labels(Target t) {
        int k = t.classCount();
        int[] out = new int[t.size()];
        for (int i = 0; i < out.length; i++) {
            double v = t.values()[i];
            if (!(v >= 0 && v < k && v == Math.rint(v))) {
                throw ModelyardException.invalid("linear: target '" + t.name() + "' row " + i + " has class index " + v + ", expected 0.." + (k - 1));
            }
            out[i] = (int) v;
        }
        return out;
    }
}
