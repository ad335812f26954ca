package dev.modelyard.scoring.linear;

import dev.modelyard.scoring.api.Transformer;
import dev.modelyard.scoring.bundle.StepState;
import java.util.Map;
import java.util.function.Function;

/** Loaders of the linear models in this package, by kind. */
public final class LinearCodecs {
    private LinearCodecs() {}

    public static Map<String, Function<StepState, ? extends Transformer>> loaders() {
        return Map.of(LinearModel.KIND, LinearModel::load);
    }
}
