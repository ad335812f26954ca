package dev.modelyard.learn.tree;

import dev.modelyard.learn.api.Transformer;
import dev.modelyard.learn.bundle.StepState;
import java.util.Map;
import java.util.function.Function;

/** Loaders of the tree ensembles in this package, by kind: both kinds load as {@link TreeEnsembleModel}. */
public final class TreeCodecs {
    private TreeCodecs() {}

    public static Map<String, Function<StepState, ? extends Transformer>> loaders() {
        return Map.of(GbdtLearner.KIND, TreeEnsembleModel::load, RandomForestLearner.KIND, TreeEnsembleModel::load);
    }
}
