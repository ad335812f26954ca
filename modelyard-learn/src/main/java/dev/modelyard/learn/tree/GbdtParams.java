package dev.modelyard.learn.tree;

import dev.modelyard.core.error.ModelyardException;

/**
 * Hyperparameters of {@link GbdtLearner} (XGBoost names in brackets).
 *
 * @param maxRounds           most boosting rounds [num_boost_round]; early stopping usually ends sooner
 * @param learningRate        shrinkage per round [eta]
 * @param maxDepth            depth of each tree [max_depth]
 * @param minChildWeight      least hessian sum in a leaf [min_child_weight]
 * @param subsample           fraction of rows each tree sees [subsample]
 * @param colsampleByTree     fraction of features each tree sees [colsample_bytree]
 * @param lambda              L2 penalty on leaf values [lambda]
 * @param alpha               L1 penalty on leaf values [alpha]
 * @param earlyStoppingRounds stop after this many rounds without a better validation score; 0 = never
 * @param validationFraction  share of the training rows held out for early stopping; 0 = none
 * @param maxBin              histogram bins per feature [max_bin]
 */
public record GbdtParams(int maxRounds, double learningRate, int maxDepth, double minChildWeight, double subsample,
                         double colsampleByTree, double lambda, double alpha, int earlyStoppingRounds,
                         double validationFraction, int maxBin) {
    public GbdtParams {
        check(maxRounds >= 1, "maxRounds must be >= 1, got " + maxRounds);
        check(learningRate > 0 && learningRate <= 1, "learningRate must be in (0, 1], got " + learningRate);
        check(maxDepth >= 1 && maxDepth <= 30, "maxDepth must be in 1..30, got " + maxDepth);
        check(minChildWeight >= 0, "minChildWeight must be >= 0, got " + minChildWeight);
        check(subsample > 0 && subsample <= 1, "subsample must be in (0, 1], got " + subsample);
        check(colsampleByTree > 0 && colsampleByTree <= 1, "colsampleByTree must be in (0, 1], got " + colsampleByTree);
        check(lambda >= 0, "lambda must be >= 0, got " + lambda);
        check(alpha >= 0, "alpha must be >= 0, got " + alpha);
        check(earlyStoppingRounds >= 0, "earlyStoppingRounds must be >= 0, got " + earlyStoppingRounds);
        check(validationFraction >= 0 && validationFraction < 1, "validationFraction must be in [0, 1), got " + validationFraction);
        check(maxBin >= 2, "maxBin must be >= 2, got " + maxBin);
    }

    /**
     * Defaults that do well without tuning on mid-sized tabular data: a small learning rate with
     * early stopping picks the number of rounds, so maxRounds is only a ceiling.
     */
    public static GbdtParams defaults() {
        return new GbdtParams(1000, 0.05, 8, 1.0, 0.8, 0.8, 1.0, 0.0, 50, 0.1, 256);
    }

    /** A copy with another round ceiling. */
    public GbdtParams withMaxRounds(int rounds) {
        return new GbdtParams(rounds, learningRate, maxDepth, minChildWeight, subsample, colsampleByTree, lambda, alpha,
                earlyStoppingRounds, validationFraction, maxBin);
    }

    /** A copy with another learning rate. */
    public GbdtParams withLearningRate(double rate) {
        return new GbdtParams(maxRounds, rate, maxDepth, minChildWeight, subsample, colsampleByTree, lambda, alpha,
                earlyStoppingRounds, validationFraction, maxBin);
    }

    /** A copy with other early-stopping settings (0 rounds or 0 fraction turns it off). */
    public GbdtParams withEarlyStopping(int rounds, double fraction) {
        return new GbdtParams(maxRounds, learningRate, maxDepth, minChildWeight, subsample, colsampleByTree, lambda, alpha,
                rounds, fraction, maxBin);
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw ModelyardException.invalid("gbdt: " + message);
        }
    }
}
