package dev.modelyard.learn.tree;

import dev.modelyard.core.frame.DoubleColumn;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.scoring.api.Target;
import dev.modelyard.scoring.api.Task;
import com.microsoft.ml.lightgbm.PredictionType;
import dev.modelyard.scoring.tree.LightGbmModel;
import dev.modelyard.scoring.tree.TreeEnsembleModel;
import dev.modelyard.scoring.tree.TreeModel;
import com.microsoft.ml.lightgbm.SWIGTYPE_p_double;
import com.microsoft.ml.lightgbm.SWIGTYPE_p_int;
import com.microsoft.ml.lightgbm.SWIGTYPE_p_long_long;
import com.microsoft.ml.lightgbm.SWIGTYPE_p_p_void;
import com.microsoft.ml.lightgbm.SWIGTYPE_p_void;
import com.microsoft.ml.lightgbm.lightgbmlib;
import io.github.metarank.lightgbm4j.LGBMBooster;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;

/** Generated frames with missing values, and XGBoost's and LightGBM's own predictions, for the tree tests. */
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

    /** LightGBM's own predictions (the native library, from the model's text) for every row of {@code data}: rows of outputs. */
    static double[][] lightgbmPredict(LightGbmModel model, Frame data) throws Exception {
        int n = data.rowCount();
        int p = model.featureNames().size();
        double[] x = new double[n * p];
        for (int j = 0; j < p; j++) {
            var c = data.column(model.featureNames().get(j));
            for (int i = 0; i < n; i++) {
                x[i * p + j] = c.getDouble(i);
            }
        }
        double[] flat = lightgbmPredict(model.lightgbmModelText(), x, n, p, model.task() == Task.MULTICLASS ? model.outputWidth() : 1);
        int k = flat.length / n;
        double[][] out = new double[n][];
        for (int i = 0; i < n; i++) {
            out[i] = Arrays.copyOfRange(flat, i * k, i * k + k);
        }
        return out;
    }

    /**
     * LightGBM's predictions for {@code n} rows of {@code p} doubles (row-major), {@code k} outputs per row, through
     * the C API itself: lightgbm4j's {@code predictForMat} sizes its output for two values per row, so a model of
     * more than two classes writes past it.
     */
    static double[] lightgbmPredict(String text, double[] x, int n, int p, int k) throws Exception {
        LGBMBooster.loadNative();
        SWIGTYPE_p_p_void handle = lightgbmlib.new_voidpp();
        SWIGTYPE_p_int iterations = lightgbmlib.new_intp();
        SWIGTYPE_p_double in = lightgbmlib.new_doubleArray(x.length);
        SWIGTYPE_p_double out = lightgbmlib.new_doubleArray((long) n * k);
        SWIGTYPE_p_long_long written = lightgbmlib.new_int64_tp();
        try {
            check(lightgbmlib.LGBM_BoosterLoadModelFromString(text, iterations, handle));
            for (int i = 0; i < x.length; i++) {
                lightgbmlib.doubleArray_setitem(in, i, x[i]);
            }
            SWIGTYPE_p_void booster = lightgbmlib.voidpp_value(handle);
            try {
                check(lightgbmlib.LGBM_BoosterPredictForMat(booster, lightgbmlib.double_to_voidp_ptr(in), lightgbmlib.C_API_DTYPE_FLOAT64,
                        n, p, 1, PredictionType.C_API_PREDICT_NORMAL.getType(), 0, -1, "", written, out));
            } finally {
                lightgbmlib.LGBM_BoosterFree(booster);
            }
            long m = lightgbmlib.int64_tp_value(written);
            if (m != (long) n * k) {
                throw new IllegalStateException("LightGBM wrote " + m + " predictions, expected " + (long) n * k);
            }
            double[] result = new double[(int) m];
            for (int i = 0; i < result.length; i++) {
                result[i] = lightgbmlib.doubleArray_getitem(out, i);
            }
            return result;
        } finally {
            lightgbmlib.delete_doubleArray(in);
            lightgbmlib.delete_doubleArray(out);
            lightgbmlib.delete_int64_tp(written);
            lightgbmlib.delete_intp(iterations);
            lightgbmlib.delete_voidpp(handle);
        }
    }

    private static void check(int status) {
        if (status != 0) {
            throw new IllegalStateException("LightGBM: " + lightgbmlib.LGBM_GetLastError());
        }
    }

    /** Largest |ours - the library's own prediction| (XGBoost's or LightGBM's) over every row and output. */
    static double maxAbsDiff(TreeModel model, Frame data) throws Exception {
        double[][] ref;
        if (model instanceof LightGbmModel lgbm) {
            ref = lightgbmPredict(lgbm, data);
        } else {
            float[][] f = xgboostPredict((TreeEnsembleModel) model, data);
            ref = new double[f.length][];
            for (int i = 0; i < f.length; i++) {
                ref[i] = new double[f[i].length];
                for (int c = 0; c < f[i].length; c++) {
                    ref[i][c] = f[i][c];
                }
            }
        }
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
