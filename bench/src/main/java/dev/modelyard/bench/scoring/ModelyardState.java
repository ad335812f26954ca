package dev.modelyard.bench.scoring;

import dev.modelyard.scoring.pipeline.RowScorer;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Modelyard's compiled row scorer for the benchmark GBDT (one per thread: a RowScorer is not thread-safe). */
@State(Scope.Thread)
public class ModelyardState {
    RowScorer scorer;
    double[][] rows;
    int next;

    @Setup(Level.Trial)
    public void setUp() {
        BenchData d = BenchData.generate();
        scorer = TrainedGbdt.train(d).compile();
        rows = d.score();
        // pre-filled with the first row, for the same-row variant
        System.arraycopy(rows[0], 0, scorer.input().num, 0, BenchData.FEATURES);
    }
}
