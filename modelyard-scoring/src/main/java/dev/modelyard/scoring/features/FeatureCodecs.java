package dev.modelyard.scoring.features;

import dev.modelyard.scoring.api.Transformer;
import dev.modelyard.scoring.bundle.StepState;
import java.util.Map;
import java.util.function.Function;

/** Loaders of the feature steps in this package, by kind. */
public final class FeatureCodecs {
    private FeatureCodecs() {}

    public static Map<String, Function<StepState, ? extends Transformer>> loaders() {
        return Map.of(
                FittedDropUseless.KIND, FittedDropUseless::load,
                FittedDateTimeExpander.KIND, FittedDateTimeExpander::load,
                FittedHashedTfidf.KIND, FittedHashedTfidf::load,
                FittedImputer.KIND, FittedImputer::load,
                FittedOneHotEncoder.KIND, FittedOneHotEncoder::load,
                FittedOrdinalEncoder.KIND, FittedOrdinalEncoder::load,
                FittedFrequencyEncoder.KIND, FittedFrequencyEncoder::load,
                FittedTargetEncoder.KIND, FittedTargetEncoder::load,
                FittedStandardScaler.KIND, FittedStandardScaler::load);
    }
}
