package dev.modelyard.learn.tree;

import dev.modelyard.core.error.ModelyardException;

/**
 * Hyperparameters of {@link RandomForestLearner} (XGBoost names in brackets).
 *
 * @param nTrees          trees in the forest [num_parallel_tree]
 * @param maxDepth        depth of each tree [max_depth]
 * @param minChildWeight  least hessian sum in a leaf [min_child_weight]
 * @param subsample       fraction of rows each tree sees, drawn without replacement [subsample]
 * @param colsampleByNode fraction of features each split considers [colsample_bynode]; 0 = sqrt(p)/p
 * @param lambda          L2 penalty on leaf values [lambda]
 * @param maxBin          histogram bins per feature [max_bin]
 */
public record RandomForestParams(int nTrees, int maxDepth, double minChildWeight, double subsample,
                                 double colsampleByNode, double lambda, int maxBin) {
    public RandomForestParams {
        check(nTrees >= 1, "nTrees must be >= 1, got " + nTrees);
        check(maxDepth >= 1 && maxDepth <= 30, "maxDepth must be in 1..30, got " + maxDepth);
        check(minChildWeight >= 0, "minChildWeight must be >= 0, got " + minChildWeight);
        check(subsample > 0 && subsample <= 1, "subsample must be in (0, 1], got " + subsample);
        check(colsampleByNode >= 0 && colsampleByNode <= 1, "colsampleByNode must be in [0, 1] (0 = sqrt(p)/p), got " + colsampleByNode);
        check(lambda >= 0, "lambda must be >= 0, got " + lambda);
        check(maxBin >= 2, "maxBin must be >= 2, got " + maxBin);
    }

    /** 300 trees of depth 12 on 63.2 % of the rows, sqrt(p) features per split. */
    public static RandomForestParams defaults() {
        return new RandomForestParams(300, 12, 1.0, 0.632, 0.0, 1.0, 256);
    }

    /** A copy with another forest size. */
    public RandomForestParams withTrees(int n) {
        return new RandomForestParams(n, maxDepth, minChildWeight, subsample, colsampleByNode, lambda, maxBin);
    }

    /** The feature fraction per split for {@code p} features. */
    double colsampleFor(int p) {
        if (colsampleByNode > 0) {
            return colsampleByNode;
        }
        return p <= 0 ? 1.0 : Math.min(1.0, Math.sqrt(p) / p);
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw ModelyardException.invalid("rf: " + message);
        }
    }
}
