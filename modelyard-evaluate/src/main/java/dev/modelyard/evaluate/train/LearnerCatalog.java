package dev.modelyard.evaluate.train;

import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.core.frame.Names;
import dev.modelyard.learn.api.Learner;
import dev.modelyard.learn.features.FeatureRecipe;
import dev.modelyard.learn.linear.LinearLearner;
import dev.modelyard.learn.pipeline.PipelineSpec;
import dev.modelyard.learn.tree.GbdtLearner;
import dev.modelyard.learn.tree.LgbmLearner;
import dev.modelyard.learn.tree.RandomForestLearner;
import java.util.List;

/** The learners {@code modelyard train} can compare, each with the feature recipe it needs. */
public final class LearnerCatalog {
    private LearnerCatalog() {}

    /** Names accepted by {@code --learners}. */
    public static List<String> names() {
        return List.of("linear", "gbdt", "lgbm", "rf");
    }

    /**
     * The learners compared when none are named: one of each family. LightGBM ("lgbm") is a second booster
     * beside XGBoost's "gbdt"; naming it adds it to the comparison.
     */
    public static List<String> defaults() {
        return List.of("linear", "gbdt", "rf");
    }

    /** The unfitted pipeline for a learner name, or a clear error listing the valid names. */
    public static PipelineSpec pipeline(String name) {
        return switch (name) {
            case "linear" -> new PipelineSpec(FeatureRecipe.forLinear(), new LinearLearner());
            case "gbdt" -> new PipelineSpec(FeatureRecipe.forTrees(), GbdtLearner.defaults());
            case "lgbm" -> new PipelineSpec(FeatureRecipe.forTrees(), LgbmLearner.defaults());
            case "rf" -> new PipelineSpec(FeatureRecipe.forTrees(), RandomForestLearner.defaults());
            default -> throw ModelyardException.invalid("unknown learner '" + name + "'" + Names.suggestion(name, names())
                    + "; valid learners: " + String.join(", ", names()));
        };
    }

    /** The learner of a pipeline, for its parameters in reports. */
    public static Learner learner(String name) {
        return pipeline(name).learner();
    }
}
