package dev.modelyard.learn.tree;

import dev.modelyard.core.frame.DoubleColumn;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.scoring.api.Target;
import dev.modelyard.scoring.api.Task;
import dev.modelyard.scoring.tree.TreeEnsembleModel;
import java.util.List;
import java.util.Random;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;

/** Generated frames with missing values, and XGBoost's own predictions, for the tree tests. */
final class TreeTestData {
    private TreeTestData() {}

    /** {@code p} gaussian features x1..xp, about 10 % of each missing (NaN), some repeated values. */
    static Frame withMissing(int rows, int p, long seed) {
        Random r = new Random(seed);
        DoubleColumn[] cols = new DoubleColumn[p];
        for (int j = 0; j < p; j++) {
            double[] v = new double[rows];
            for (int i = 0; i < rows; i++) {
                double u = r.nextDouble();
                // a coarse column (j == p-1) has ties, which exercise split thresholds on exact values
                v[i] = u < 0.1 ? Double.NaN : j == p - 1 ? Math.round(r.nextGaussian() * 4) / 4.0 : r.nextGaussian();
            }
            cols[j] = DoubleColumn.of("x" + (j + 1), v);
        }
        return Frame.of(cols);
    }

    private static double value(Frame f, String col, int i) {
        double v = f.column(col).getDouble(i);
        return Double.isNaN(v) ? -0.5 : v;
    }

    /** Binary target from x1, x2 and missingness of x3. */
    static Target binary(Frame f, long seed) {
        Random r = new Random(seed);
        double[] y = new double[f.rowCount()];
        for (int i = 0; i < y.length; i++) {
            double z = 1.2 * value(f, "x1", i) - value(f, "x2", i) * value(f, "x2", i) + 0.8
                    + (Double.isNaN(f.column("x3").getDouble(i)) ? 1.5 : 0) + r.nextGaussian() * 0.4;
            y[i] = z > 0 ? 1 : 0;
        }
        return new Target("y", Task.BINARY, y, List.of("neg", "pos"));
    }

    /** Four classes from x1 and x2. */
    static Target multiclass(Frame f, long seed) {
        Random r = new Random(seed);
        double[] y = new double[f.rowCount()];
        for (int i = 0; i < y.length; i++) {
            double a = value(f, "x1", i) + r.nextGaussian() * 0.3;
            double b = value(f, "x2", i) + r.nextGaussian() * 0.3;
            y[i] = (a > 0 ? 1 : 0) + (b > 0 ? 2 : 0);
        }
        return new Target("y", Task.MULTICLASS, y, List.of("a", "b", "c", "d"));
    }

    /** A nonlinear regression target. */
    static Target regression(Frame f, long seed) {
        Random r = new Random(seed);
        double[] y = new double[f.rowCount()];
        for (int i = 0; i < y.length; i++) {
            y[i] = 10 * Math.sin(value(f, "x1", i)) + 3 * value(f, "x2", i) * value(f, "x3", i) + 50 + r.nextGaussian();
        }
        return new Target("y", Task.REGRESSION, y, List.of());
    }

    /** XGBoost's own predictions (probabilities or values) from a model's stored XGBoost JSON. */
    static float[][] xgboostPredict(TreeEnsembleModel model, Frame data) throws Exception {
        int n = data.rowCount();
        int p = model.featureNames().size();
        float[] x = new float[n * p];
        for (int j = 0; j < p; j++) {
            var c = data.column(model.featureNames().get(j));
            for (int i = 0; i < n; i++) {
                x[i * p + j] = (float) c.getDouble(i);
            }
        }
        Booster b = XGBoost.loadModel(model.xgboostModelJson());
        DMatrix d = new DMatrix(x, n, p, Float.NaN);
        try {
            return b.predict(d);
        } finally {
            d.dispose();
            b.dispose();
        }
    }

    /** Largest |ours - XGBoost's| over every row and output. */
    static double maxAbsDiff(TreeEnsembleModel model, Frame data) throws Exception {
        float[][] ref = xgboostPredict(model, data);
        int p = model.featureNames().size();
        double[] x = new double[p];
        double[] out = new double[model.outputWidth()];
        double max = 0;
        for (int i = 0; i < data.rowCount(); i++) {
            for (int j = 0; j < p; j++) {
                x[j] = data.column(model.featureNames().get(j)).getDouble(i);
            }
            model.predictRow(x, out);
            switch (model.task()) {
                case BINARY -> {
                    max = Math.max(max, Math.abs(out[1] - ref[i][0]));
                    max = Math.max(max, Math.abs(out[0] - (1.0 - ref[i][0])));
                }
                case MULTICLASS -> {
                    for (int c = 0; c < out.length; c++) {
                        max = Math.max(max, Math.abs(out[c] - ref[i][c]));
                    }
                }
                case REGRESSION -> max = Math.max(max, Math.abs(out[0] - ref[i][0]));
            }
        }
        return max;
    }

    /** Area under the ROC curve of scores against 0/1 labels (ties count half). */
    static double auc(double[] score, double[] label) {
        Integer[] idx = new Integer[score.length];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        java.util.Arrays.sort(idx, (a, b) -> Double.compare(score[a], score[b]));
        double rankSumPos = 0;
        long pos = 0;
        int i = 0;
        while (i < idx.length) {
            int j = i;
            while (j + 1 < idx.length && score[idx[j + 1]] == score[idx[i]]) {
                j++;
            }
            double avgRank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                if (label[idx[k]] == 1) {
                    rankSumPos += avgRank;
                    pos++;
                }
            }
            i = j + 1;
        }
        long neg = score.length - pos;
        return (rankSumPos - pos * (pos + 1) / 2.0) / ((double) pos * neg);
    }
}
