package dev.modelyard.bench;

import dev.modelyard.core.frame.Frame;
import dev.modelyard.learn.tree.GbdtParams;
import dev.modelyard.scoring.api.Target;
import java.util.HashMap;
import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;

/**
 * Modelyard's backend called directly: XGBoost4J on the raw frame with the simplest encoding ({@link RawMatrix}), the
 * same hyperparameters, all rounds in one {@code XGBoost.train} call, scored with {@code Booster.predict}.
 * This is the floor Modelyard's pipeline is measured against.
 */
final class DirectXgb {
    private final RawMatrix matrix;

    DirectXgb(Frame features) {
        matrix = new RawMatrix(features);
    }

    int featureCount() { return matrix.cols(); }

    /** Positive-class probabilities for {@code testRows} from a model fitted on {@code trainRows}. */
    double[] fitPredict(Target y, int[] trainRows, int[] testRows, GbdtParams gp, int threads, long seed) throws Exception {
        return fitPredict(y, trainRows, this, testRows, gp, threads, seed);
    }

    /** As above, scoring rows of another frame with the same columns (e.g. already-encoded test features). */
    double[] fitPredict(Target y, int[] trainRows, DirectXgb testFrame, int[] testRows, GbdtParams gp, int threads,
                        long seed) throws Exception {
        DMatrix train = matrix(trainRows);
        DMatrix test = testFrame.matrix(testRows);
        Booster booster = null;
        try {
            float[] label = new float[trainRows.length];
            for (int i = 0; i < trainRows.length; i++) {
                label[i] = (float) y.values()[trainRows[i]];
            }
            train.setLabel(label);
            booster = XGBoost.train(train, params(gp, threads, seed), gp.maxRounds(), new HashMap<>(), null, null);
            float[][] p = booster.predict(test);
            double[] out = new double[p.length];
            for (int i = 0; i < p.length; i++) {
                out[i] = p[i][0];
            }
            return out;
        } finally {
            if (booster != null) {
                booster.dispose();
            }
            train.dispose();
            test.dispose();
        }
    }

    /** The same XGBoost parameters GbdtLearner sets, for a binary target. */
    static Map<String, Object> params(GbdtParams gp, int threads, long seed) {
        Map<String, Object> p = new HashMap<>();
        p.put("objective", "binary:logistic");
        p.put("tree_method", "hist");
        p.put("nthread", threads);
        p.put("seed", (int) seed);
        p.put("verbosity", 0);
        p.put("eta", gp.learningRate());
        p.put("max_depth", gp.maxDepth());
        p.put("min_child_weight", gp.minChildWeight());
        p.put("subsample", gp.subsample());
        p.put("colsample_bytree", gp.colsampleByTree());
        p.put("lambda", gp.lambda());
        p.put("alpha", gp.alpha());
        p.put("max_bin", gp.maxBin());
        return p;
    }

    private DMatrix matrix(int[] rows) throws Exception {
        return new DMatrix(matrix.floats(rows), rows.length, matrix.cols(), Float.NaN);
    }
}
