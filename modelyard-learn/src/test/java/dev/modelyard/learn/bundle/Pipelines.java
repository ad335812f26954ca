package dev.modelyard.learn.bundle;

import dev.modelyard.core.frame.Frame;
import dev.modelyard.core.provenance.Fingerprint;
import dev.modelyard.core.provenance.Provenance;
import dev.modelyard.learn.api.FitContext;
import dev.modelyard.learn.contract.TestData;
import dev.modelyard.learn.features.FeatureRecipe;
import dev.modelyard.learn.linear.LinearLearner;
import dev.modelyard.learn.pipeline.PipelineSpec;
import dev.modelyard.learn.tree.GbdtLearner;
import dev.modelyard.learn.tree.GbdtParams;
import dev.modelyard.scoring.api.Target;
import dev.modelyard.scoring.pipeline.FittedPipeline;
import java.time.Instant;

/** Small fitted pipelines over {@link TestData#mixed} (every column type, missing values), for bundle tests. */
final class Pipelines {
    static final long SEED = 11;

    private Pipelines() {}

    static Frame data() {
        return TestData.mixed(300, SEED);
    }

    static Target target(Frame data) {
        return TestData.binary(data, SEED + 1);
    }

    /** Tree recipe + 20 rounds of boosting, no early stopping (so the round count is fixed). */
    static FittedPipeline gbdt(Frame data) {
        GbdtParams p = GbdtParams.defaults().withMaxRounds(20).withLearningRate(0.3).withEarlyStopping(0, 0);
        return new PipelineSpec(FeatureRecipe.forTrees(), new GbdtLearner(p)).fit(data, target(data), FitContext.seeded(SEED));
    }

    /** Linear recipe + regularised logistic regression. */
    static FittedPipeline linear(Frame data) {
        return new PipelineSpec(FeatureRecipe.forLinear(), new LinearLearner()).fit(data, target(data), FitContext.seeded(SEED));
    }

    static Provenance provenance(Frame data) {
        return Provenance.capture(Fingerprint.of(data), data.rowCount(), SEED, Instant.parse("2024-01-01T00:00:00Z"), null);
    }
}
