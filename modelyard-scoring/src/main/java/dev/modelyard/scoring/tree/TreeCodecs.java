package dev.modelyard.scoring.tree;

import dev.modelyard.scoring.api.Transformer;
import dev.modelyard.scoring.bundle.StepState;
import java.util.Map;
import java.util.function.Function;

/** Loaders of the tree ensembles in this package, by kind: both kinds load as {@link TreeEnsembleModel}. */
public final class TreeCodecs {
    private TreeCodecs() {}

    public static Map<String, Function<StepState, ? extends Transformer>> loaders() {
        return Map.of(TreeEnsembleModel.GBDT_KIND, TreeEnsembleModel::load, TreeEnsembleModel.RF_KIND, TreeEnsembleModel::load);
    }
}
