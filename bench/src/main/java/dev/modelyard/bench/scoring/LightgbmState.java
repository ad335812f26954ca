package dev.modelyard.bench.scoring;

import com.microsoft.ml.lightgbm.PredictionType;
import com.microsoft.ml.lightgbm.SWIGTYPE_p_double;
import com.microsoft.ml.lightgbm.SWIGTYPE_p_long_long;
import com.microsoft.ml.lightgbm.SWIGTYPE_p_p_void;
import com.microsoft.ml.lightgbm.SWIGTYPE_p_void;
import com.microsoft.ml.lightgbm.lightgbmlib;
import com.microsoft.ml.lightgbm.lightgbmlibConstants;
import dev.modelyard.learn.tree.LgbmParams;
import dev.modelyard.scoring.api.RowPredictor;
import dev.modelyard.scoring.api.Task;
import dev.modelyard.scoring.tree.LightGbmModel;
import io.github.metarank.lightgbm4j.LGBMBooster;
import io.github.metarank.lightgbm4j.LGBMDataset;
import java.util.List;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A comparable LightGBM model trained through lightgbm4j on the same rows: {@link BenchData#ROUNDS}
 * iterations, depth {@link BenchData#DEPTH} (63 leaves, so a tree can fill the depth), the same learning
 * rate. Two single-row paths: lightgbm4j's public {@code predictForMatSingleRow} (allocates native
 * buffers per call), and LightGBM's own fastest one, {@code PredictForMatSingleRowFast} with a
 * prepared config through the SWIG "critical" binding, which lightgbm4j does not wrap (its booster
 * handle is read by reflection; benchmark-only).
 */
@State(Scope.Thread)
public class LightgbmState {
    /** Depth limit of the LightGBM model: 6 as the XGBoost model's, or none (-1, LightGBM's default: deep leaf-wise trees). */
    @Param({"6", "-1"})
    public int maxDepth;
    LGBMBooster booster;
    double[][] rows;
    int next;
    private SWIGTYPE_p_p_void fastConfig;
    private SWIGTYPE_p_void fastHandle;
    private SWIGTYPE_p_long_long outLength;
    private SWIGTYPE_p_double out;
    /** The same LightGBM model read into Modelyard's own trees, scored in Java. */
    RowPredictor modelyard;
    final double[] modelyardOut = new double[2];

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        BenchData d = BenchData.generate();
        rows = d.score();
        float[] x = new float[d.x().length * BenchData.FEATURES];
        float[] y = new float[d.x().length];
        for (int i = 0; i < d.x().length; i++) {
            for (int j = 0; j < BenchData.FEATURES; j++) {
                x[i * BenchData.FEATURES + j] = (float) d.x()[i][j];
            }
            y[i] = (float) d.y()[i];
        }
        try (LGBMDataset data = LGBMDataset.createFromMat(x, d.x().length, BenchData.FEATURES, true, "max_bin=255", null)) {
            data.setField("label", y);
            booster = LGBMBooster.create(data, "objective=binary learning_rate=" + BenchData.LEARNING_RATE
                    + " max_depth=" + maxDepth + " num_leaves=63 min_data_in_leaf=20 num_threads=2 seed="
                    + BenchData.SEED + " deterministic=true force_row_wise=true verbose=-1");
            int rounds = 0;
            while (rounds < BenchData.ROUNDS && !booster.updateOneIter()) {
                rounds++;
            }
            if (rounds != BenchData.ROUNDS) {
                throw new IllegalStateException("LightGBM stopped after " + rounds + " of " + BenchData.ROUNDS + " rounds");
            }
        }
        prepareFast();
        List<String> names = IntStream.range(0, BenchData.FEATURES).mapToObj(j -> "x" + j).toList();
        modelyard = LightGbmModel.fromText(LgbmParams.defaults(), Task.BINARY, List.of("0", "1"), names,
                booster.saveModelToString(0, 0, LGBMBooster.FeatureImportanceType.SPLIT), BenchData.ROUNDS - 1, new double[0], "logloss")
                .rowPredictor();
        for (int i = 0; i < rows.length; i++) {
            double diff = Math.abs(predictSingleRow(i) - predictFast(i));
            if (diff > 1e-9) {
                throw new IllegalStateException("LightGBM's two single-row paths disagree on row " + i + " by " + diff);
            }
            double ours = Math.abs(predictModelyard(i) - predictFast(i));
            if (ours > 1e-9) {
                throw new IllegalStateException("Modelyard's scorer and LightGBM disagree on row " + i + " by " + ours);
            }
        }
    }

    private void prepareFast() throws ReflectiveOperationException {
        var field = LGBMBooster.class.getDeclaredField("handle");
        field.setAccessible(true);
        SWIGTYPE_p_void handle = lightgbmlib.voidpp_value((SWIGTYPE_p_p_void) field.get(booster));
        fastConfig = lightgbmlib.new_voidpp();
        int rc = lightgbmlib.LGBM_BoosterPredictForMatSingleRowFastInit(handle, lightgbmlibConstants.C_API_PREDICT_NORMAL, 0, -1,
                lightgbmlibConstants.C_API_DTYPE_FLOAT64, BenchData.FEATURES, "num_threads=1", fastConfig);
        if (rc != 0) {
            throw new IllegalStateException("LGBM_BoosterPredictForMatSingleRowFastInit failed: " + lightgbmlib.LGBM_GetLastError());
        }
        fastHandle = lightgbmlib.voidpp_value(fastConfig);
        outLength = lightgbmlib.new_int64_tp();
        out = lightgbmlib.new_doubleArray(1);
    }

    /** Modelyard's Java scorer of this LightGBM model: probability of the positive class. */
    double predictModelyard(int i) {
        modelyard.predict(rows[i], modelyardOut);
        return modelyardOut[1];
    }

    /** lightgbm4j's public single-row call. */
    double predictSingleRow(int i) throws Exception {
        return booster.predictForMatSingleRow(rows[i], PredictionType.C_API_PREDICT_NORMAL);
    }

    /** LightGBM's prepared single-row call on the Java array in place (no copies, no per-call native buffers). */
    double predictFast(int i) {
        int rc = lightgbmlib.LGBM_BoosterPredictForMatSingleRowFastCriticalSWIG(rows[i], fastHandle, outLength, out);
        if (rc != 0) {
            throw new IllegalStateException("LightGBM fast predict failed: " + lightgbmlib.LGBM_GetLastError());
        }
        return lightgbmlib.doubleArray_getitem(out, 0);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        lightgbmlib.LGBM_FastConfigFree(fastHandle);
        lightgbmlib.delete_voidpp(fastConfig);
        lightgbmlib.delete_int64_tp(outLength);
        lightgbmlib.delete_doubleArray(out);
        booster.close();
    }
}
