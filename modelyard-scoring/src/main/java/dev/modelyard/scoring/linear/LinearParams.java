package dev.modelyard.scoring.linear;

import dev.modelyard.core.error.ModelyardException;

/**
 * Hyperparameters of {@link LinearLearner}. The fit minimises, glmnet style,
 * {@code mean(loss) + lambda * ((1 - l1Ratio) / 2 * ||w||^2 + l1Ratio * ||w||_1)}: the loss is averaged
 * per row, so {@code lambda} means the same at any data size; the intercept is never penalised.
 *
 * @param lambda        overall regularisation strength, {@code >= 0} (0 = unregularised)
 * @param l1Ratio       elastic-net mix in [0, 1]: 0 = ridge, 1 = lasso
 * @param maxIterations cap on coordinate-descent passes over the data, summed over all Newton steps
 * @param tolerance     convergence threshold on the largest coordinate move, relative to the null loss
 * @param fitIntercept  whether to fit an (unpenalised) intercept
 * @param standardize   whether to scale features to unit variance internally, so the penalty treats them
 *                      alike; coefficients are always reported in the original feature scale
 */
public record LinearParams(double lambda, double l1Ratio, int maxIterations, double tolerance,
                           boolean fitIntercept, boolean standardize) {
    public LinearParams {
        if (!(lambda >= 0) || Double.isInfinite(lambda)) {
            throw ModelyardException.invalid("linear: lambda must be a finite number >= 0, got " + lambda);
        }
        if (!(l1Ratio >= 0 && l1Ratio <= 1)) {
            throw ModelyardException.invalid("linear: l1Ratio must be in [0, 1], got " + l1Ratio);
        }
        if (maxIterations < 1) {
            throw ModelyardException.invalid("linear: maxIterations must be >= 1, got " + maxIterations);
        }
        if (!(tolerance > 0) || Double.isInfinite(tolerance)) {
            throw ModelyardException.invalid("linear: tolerance must be a finite number > 0, got " + tolerance);
        }
    }

    /**
     * Light elastic net: lambda 1e-4 (enough to keep separable classes finite), l1Ratio 0.15 (mostly
     * ridge, as scikit-learn's SGD default), 1000 passes, tolerance 1e-7 (glmnet's default), intercept and
     * internal standardisation on.
     */
    public static LinearParams defaults() {
        return new LinearParams(1e-4, 0.15, 1000, 1e-7, true, true);
    }

    public LinearParams withLambda(double v) { return new LinearParams(v, l1Ratio, maxIterations, tolerance, fitIntercept, standardize); }

    public LinearParams withL1Ratio(double v) { return new LinearParams(lambda, v, maxIterations, tolerance, fitIntercept, standardize); }

    public LinearParams withMaxIterations(int v) { return new LinearParams(lambda, l1Ratio, v, tolerance, fitIntercept, standardize); }

    public LinearParams withTolerance(double v) { return new LinearParams(lambda, l1Ratio, maxIterations, v, fitIntercept, standardize); }
}
