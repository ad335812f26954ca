package dev.modelyard.learn.tree;

import dev.modelyard.core.error.ModelyardException;

/**
 * Hyperparameters of {@link LgbmLearner} (LightGBM names in brackets).
 *
 * @param maxRounds           most boosting rounds [num_iterations]; early stopping usually ends sooner
 * @param learningRate        shrinkage per round [learning_rate]
 * @param numLeaves           most leaves per tree [num_leaves]; trees grow leaf-wise
 * @param maxDepth            depth limit of each tree [max_depth]; -1 = none
 * @param minDataInLeaf       least rows in a leaf [min_data_in_leaf]
 * @param featureFraction     fraction of features each tree sees [feature_fraction]
 * @param baggingFraction     fraction of rows each tree sees [bagging_fraction, with bagging_freq 1 below 1]
 * @param lambdaL2            L2 penalty on leaf values [lambda_l2]
 * @param earlyStoppingRounds stop after this many rounds without a better validation score; 0 = never
 * @param validationFraction  share of the training rows held out for early stopping; 0 = none
 * @param maxBin              histogram bins per feature [max_bin]
 */
public record LgbmParams(int maxRounds, double learningRate, int numLeaves, int maxDepth, int minDataInLeaf,
                         double featureFraction, double baggingFraction, double lambdaL2, int earlyStoppingRounds,
                         double validationFraction, int maxBin) {
    public LgbmParams {
        check(maxRounds >= 1, "maxRounds must be >= 1, got " + maxRounds);
        check(learningRate > 0 && learningRate <= 1, "learningRate must be in (0, 1], got " + learningRate);
        check(numLeaves >= 2 && numLeaves <= 131_072, "numLeaves must be in 2..131072, got " + numLeaves);
        check(maxDepth == -1 || (maxDepth >= 1 && maxDepth <= 30), "maxDepth must be -1 or in 1..30, got " + maxDepth);
        check(minDataInLeaf >= 1, "minDataInLeaf must be >= 1, got " + minDataInLeaf);
        check(featureFraction > 0 && featureFraction <= 1, "featureFraction must be in (0, 1], got " + featureFraction);
        check(baggingFraction > 0 && baggingFraction <= 1, "baggingFraction must be in (0, 1], got " + baggingFraction);
        check(lambdaL2 >= 0, "lambdaL2 must be >= 0, got " + lambdaL2);
        check(earlyStoppingRounds >= 0, "earlyStoppingRounds must be >= 0, got " + earlyStoppingRounds);
        check(validationFraction >= 0 && validationFraction < 1, "validationFraction must be in [0, 1), got " + validationFraction);
        check(maxBin >= 2, "maxBin must be >= 2, got " + maxBin);
    }

    /** LightGBM's usual strong settings for mid-sized tables; early stopping picks the number of rounds. */
    public static LgbmParams defaults() {
        return new LgbmParams(1000, 0.05, 63, -1, 20, 0.8, 0.8, 1.0, 50, 0.1, 255);
    }

    /** A copy with another round ceiling. */
    public LgbmParams withMaxRounds(int rounds) {
        return new LgbmParams(rounds, learningRate, numLeaves, maxDepth, minDataInLeaf, featureFraction, baggingFraction,
                lambdaL2, earlyStoppingRounds, validationFraction, maxBin);
    }

    /** A copy with other early-stopping settings (0 rounds or 0 fraction turns it off). */
    public LgbmParams withEarlyStopping(int rounds, double fraction) {
        return new LgbmParams(maxRounds, learningRate, numLeaves, maxDepth, minDataInLeaf, featureFraction, baggingFraction,
                lambdaL2, rounds, fraction, maxBin);
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw ModelyardException.invalid("lgbm: " + message);
        }
    }
}
