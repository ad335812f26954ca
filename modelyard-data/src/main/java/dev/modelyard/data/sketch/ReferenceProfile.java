package dev.modelyard.data.sketch;

import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.core.frame.Frame;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the training data looked like, saved in the bundle so that monitoring can compare new data with it:
 * a profile per input feature, the distribution of the model's out-of-fold predictions, and a small row
 * sample (features, target and out-of-fold outputs) for the domain classifier and confidence-based
 * performance estimation.
 *
 * @param signature  fingerprint of the input features' names and types ({@link ProfileBuilder#signature}); a
 *                   profile whose signature differs from a model's was built for another model
 * @param rows       rows profiled
 * @param target     target column name (null when unknown)
 * @param features   one profile per input feature, in input order
 * @param prediction profile of the out-of-fold predictions (score of the positive class, predicted value or
 *                   predicted label), or null
 * @param sample     up to {@link ProfileBuilder#SAMPLE_ROWS} rows, or null
 */
public record ReferenceProfile(String signature, long rows, String target, List<FeatureProfile> features,
                               FeatureProfile prediction, Frame sample) {
    /** Name of the prediction profile and of the sample's out-of-fold output columns' prefix. */
    public static final String PREDICTION = "prediction";
    /** Prefix of the sample columns holding out-of-fold model outputs (e.g. {@code oof:proba_yes}). */
    public static final String OOF_PREFIX = "oof:";

    public ReferenceProfile {
        features = List.copyOf(features);
    }

    public Optional<FeatureProfile> feature(String name) {
        return features.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    public List<String> featureNames() {
        return features.stream().map(FeatureProfile::name).toList();
    }

    public Optional<FeatureProfile> predictionProfile() { return Optional.ofNullable(prediction); }

    public Optional<Frame> sampleRows() { return Optional.ofNullable(sample); }

    /**
     * Profile of both inputs (for example two days of traffic). Both must profile the same features; the
     * sample of this profile is kept.
     */
    public ReferenceProfile merge(ReferenceProfile other) {
        if (!signature.equals(other.signature)) {
            throw ModelyardException.invalid("cannot merge profiles of different feature sets (" + featureNames()
                    + " vs " + other.featureNames() + ")");
        }
        Map<String, FeatureProfile> byName = new LinkedHashMap<>();
        other.features.forEach(f -> byName.put(f.name(), f));
        List<FeatureProfile> merged = new ArrayList<>();
        for (FeatureProfile f : features) {
            merged.add(f.merge(byName.get(f.name())));
        }
        FeatureProfile p = prediction == null ? other.prediction
                : other.prediction == null ? prediction : prediction.merge(other.prediction);
        return new ReferenceProfile(signature, rows + other.rows, target, merged, p, sample != null ? sample : other.sample);
    }
}
