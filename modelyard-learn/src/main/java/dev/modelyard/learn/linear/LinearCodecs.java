package dev.modelyard.learn.linear;

import dev.modelyard.learn.api.Transformer;
import dev.modelyard.learn.bundle.StepState;
import java.util.Map;
import java.util.function.Function;

/** Loaders of the linear models in this package, by kind. */
public final class LinearCodecs {
    private LinearCodecs() {}

    public static Map<String, Function<StepState, ? extends Transformer>> loaders() {
        return Map.of(LinearModel.KIND, LinearModel::load);
    }
}
