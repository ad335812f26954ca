package dev.modelyard.scoring.tree;

import dev.modelyard.scoring.api.Transformer;
import dev.modelyard.scoring.bundle.StepState;
import java.util.Map;
import java.util.function.Function;

/** Loaders of the tree ensembles in this package, by kind: XGBoost's kinds load as {@link TreeEnsembleModel}, LightGBM's as {@link LightGbmModel}. */
public final class TreeCodecs {
    private TreeCodecs() {}

    public static Map<String, Function<StepState, ? extends Transformer>> loaders() {
        return Map.of(TreeEnsembleModel.GBDT_KIND, TreeEnsembleModel::load, TreeEnsembleModel.RF_KIND, TreeEnsembleModel::load,
                LightGbmModel.KIND, LightGbmModel::load);
    }
}
