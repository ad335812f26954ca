package dev.modelyard.bench;

import com.microsoft.ml.lightgbm.PredictionType;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.learn.tree.LgbmParams;
import dev.modelyard.scoring.api.Target;
import io.github.metarank.lightgbm4j.LGBMBooster;
import io.github.metarank.lightgbm4j.LGBMDataset;
import java.util.Locale;

/**
 * Modelyard's LightGBM backend called directly: lightgbm4j on the raw frame ({@link RawMatrix}), the parameters
 * LgbmLearner sets, all rounds, then LightGBM's own batch predict (binary targets: one value per row, which
 * lightgbm4j's output buffer holds).
 */
final class DirectLgbm {
    private final RawMatrix matrix;

    DirectLgbm(Frame features) {
        matrix = new RawMatrix(features);
    }

    int featureCount() { return matrix.cols(); }

    /** Positive-class probabilities for {@code testRows} from a model fitted on {@code trainRows}. */
    double[] fitPredict(Target y, int[] trainRows, int[] testRows, LgbmParams p, int threads, long seed) throws Exception {
        String params = params(p, threads, seed);
        float[] label = new float[trainRows.length];
        for (int i = 0; i < trainRows.length; i++) {
            label[i] = (float) y.values()[trainRows[i]];
        }
        try (LGBMDataset train = LGBMDataset.createFromMat(matrix.floats(trainRows), trainRows.length, matrix.cols(), true, params, null)) {
            train.setField("label", label);
            try (LGBMBooster booster = LGBMBooster.create(train, params)) {
                for (int it = 0; it < p.maxRounds() && !booster.updateOneIter(); it++) {
                    // one round per call, as the learner runs them
                }
                float[] test = matrix.floats(testRows);
                double[] x = new double[test.length];
                for (int i = 0; i < x.length; i++) {
                    x[i] = test[i];
                }
                return booster.predictForMat(x, testRows.length, matrix.cols(), true, PredictionType.C_API_PREDICT_NORMAL);
            }
        }
    }

    /** The LightGBM parameters LgbmLearner sets, for a binary target without a validation set. */
    static String params(LgbmParams p, int threads, long seed) {
        return String.format(Locale.ROOT, "objective=binary metric=binary_logloss num_threads=%d seed=%d deterministic=true"
                        + " force_row_wise=true verbosity=-1 learning_rate=%s num_leaves=%d max_depth=%d min_data_in_leaf=%d"
                        + " feature_fraction=%s bagging_fraction=%s bagging_freq=%d lambda_l2=%s max_bin=%d",
                threads, (int) ((seed ^ (seed >>> 32)) & 0x7fffffff), p.learningRate(), p.numLeaves(), p.maxDepth(),
                p.minDataInLeaf(), p.featureFraction(), p.baggingFraction(), p.baggingFraction() < 1 ? 1 : 0, p.lambdaL2(),
                p.maxBin());
    }
}
