package dev.modelyard.learn.features;

import dev.modelyard.learn.api.Transformer;
import dev.modelyard.learn.bundle.StepState;
import java.util.Map;
import java.util.function.Function;

/** Loaders of the feature steps in this package, by kind. */
public final class FeatureCodecs {
    private FeatureCodecs() {}

    public static Map<String, Function<StepState, ? extends Transformer>> loaders() {
        return Map.of(
                DropUseless.KIND, FittedDropUseless::load,
                DateTimeExpander.KIND, FittedDateTimeExpander::load,
                HashedTfidf.KIND, FittedHashedTfidf::load,
                Imputer.KIND, FittedImputer::load,
                OneHotEncoder.KIND, FittedOneHotEncoder::load,
                FrequencyEncoder.KIND, FittedFrequencyEncoder::load,
                TargetEncoder.KIND, FittedTargetEncoder::load,
                StandardScaler.KIND, FittedStandardScaler::load);
    }
}
