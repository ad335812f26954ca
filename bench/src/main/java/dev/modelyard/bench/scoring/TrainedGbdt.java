package dev.modelyard.bench.scoring;

import dev.modelyard.learn.api.FitContext;
import dev.modelyard.learn.tree.GbdtLearner;
import dev.modelyard.learn.tree.GbdtParams;
import dev.modelyard.scoring.pipeline.FittedPipeline;
import dev.modelyard.scoring.tree.TreeEnsembleModel;
import java.util.List;

/**
 * The benchmarked GBDT, trained the way Modelyard trains (GbdtLearner over XGBoost): {@link BenchData#ROUNDS}
 * rounds of depth {@link BenchData#DEPTH}, no early stopping, seeded, so every JMH fork builds the same model.
 */
final class TrainedGbdt {
    private TrainedGbdt() {}

    static FittedPipeline train(BenchData d) {
        GbdtParams p = new GbdtParams(BenchData.ROUNDS, BenchData.LEARNING_RATE, BenchData.DEPTH, 1.0, 1.0, 1.0, 1.0, 0.0,
                0, 0.0, 256);
        TreeEnsembleModel m = new GbdtLearner(p).fit(d.frame(), d.target(), FitContext.seeded(BenchData.SEED).withThreads(2));
        if (m.treeCount() != BenchData.ROUNDS) {
            throw new IllegalStateException("expected " + BenchData.ROUNDS + " trees, got " + m.treeCount());
        }
        return FittedPipeline.of(d.frame(), d.target(), List.of(), m);
    }
}
