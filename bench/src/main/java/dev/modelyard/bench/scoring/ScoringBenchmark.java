package dev.modelyard.bench.scoring;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * Single-row, in-process scoring of one GBDT (500 trees, depth 6, 20 features): Modelyard's compiled
 * row scorer against XGBoost4J's own predict and LightGBM's single-row paths. Each call scores the next
 * of 1024 held-out rows (so branch predictors and caches see varied rows, as a server would), except
 * {@code modelyardSameRow}, which rescores one pre-filled row. Run by bench/run-scoring-jmh.sh.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ScoringBenchmark {
    private static final int MASK = BenchData.SCORE_ROWS - 1;

    /** Copy the row into the compiled scorer's input buffer (as a request handler does), then score. */
    @Benchmark
    public double modelyardRowScorer(ModelyardState s) {
        double[] row = s.rows[s.next++ & MASK];
        System.arraycopy(row, 0, s.scorer.input().num, 0, row.length);
        return s.scorer.score()[1];
    }

    /** The compiled scorer on one pre-filled row. */
    @Benchmark
    public double modelyardSameRow(ModelyardState s) {
        return s.scorer.score()[1];
    }

    /** XGBoost4J: a one-row DMatrix built per call (as a server must), Booster.predict, dispose. */
    @Benchmark
    public float xgboost4jDMatrixPredict(XgboostState s) throws Exception {
        return s.predict(s.next++ & MASK);
    }

    /** XGBoost4J's inplace_predict on the row array (no DMatrix): its fastest single-row call. */
    @Benchmark
    public float xgboost4jInplacePredict(XgboostState s) throws Exception {
        return s.booster.inplace_predict(s.rows[s.next++ & MASK], 1, BenchData.FEATURES, Float.NaN)[0][0];
    }

    /** The LightGBM model of {@link LightgbmState}, read into Modelyard's own trees and scored in Java. */
    @Benchmark
    public double modelyardLightgbmModel(LightgbmState s) {
        return s.predictModelyard(s.next++ & MASK);
    }

    /** lightgbm4j's public single-row API, LGBMBooster.predictForMatSingleRow. */
    @Benchmark
    public double lightgbm4jSingleRow(LightgbmState s) throws Exception {
        return s.predictSingleRow(s.next++ & MASK);
    }

    /** LightGBM's PredictForMatSingleRowFast with a prepared config (its fastest single-row C API). */
    @Benchmark
    public double lightgbmSingleRowFast(LightgbmState s) {
        return s.predictFast(s.next++ & MASK);
    }
}
