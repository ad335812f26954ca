package dev.modelyard.bench.scoring;

import dev.modelyard.scoring.pipeline.FittedPipeline;
import dev.modelyard.scoring.pipeline.RowScorer;
import dev.modelyard.scoring.tree.TreeEnsembleModel;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * XGBoost4J's own booster for the very model Modelyard scores (loaded from the model's XGBoost JSON),
 * with one prediction thread as a request thread would use. Setup checks that both agree on the
 * scoring rows, so the two benchmarks measure the same computation.
 */
@State(Scope.Thread)
public class XgboostState {
    Booster booster;
    float[][] rows;
    int next;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        BenchData d = BenchData.generate();
        FittedPipeline pipeline = TrainedGbdt.train(d);
        booster = XGBoost.loadModel(((TreeEnsembleModel) pipeline.model()).xgboostModelJson());
        booster.setParam("nthread", 1);
        rows = BenchData.floats(d.score());
        RowScorer ours = pipeline.compile();
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(d.score()[i], 0, ours.input().num, 0, BenchData.FEATURES);
            double diff = Math.abs(ours.score()[1] - predict(i));
            if (diff > 1e-6) {
                throw new IllegalStateException("Modelyard and XGBoost disagree on scoring row " + i + " by " + diff);
            }
        }
    }

    /** XGBoost's probability for scoring row {@code i}: a one-row DMatrix, predict, dispose. */
    float predict(int i) throws XGBoostError {
        DMatrix m = new DMatrix(rows[i], 1, BenchData.FEATURES, Float.NaN);
        try {
            return booster.predict(m)[0][0];
        } finally {
            m.dispose();
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        booster.dispose();
    }
}
