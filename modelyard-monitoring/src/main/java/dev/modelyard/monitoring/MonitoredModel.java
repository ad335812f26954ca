package dev.modelyard.monitoring;

import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.core.frame.Column;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.data.sketch.ProfileBuilder;
import dev.modelyard.data.sketch.ProfileCodec;
import dev.modelyard.data.sketch.ReferenceProfile;
import dev.modelyard.monitoring.performance.PerformanceBaseline;
import dev.modelyard.scoring.api.Task;
import dev.modelyard.scoring.bundle.ModelBundle;
import dev.modelyard.scoring.pipeline.FittedPipeline;
import java.util.ArrayList;
import java.util.List;

/**
 * A model under monitoring: its pipeline, the reference it is compared with, and its training performance
 * estimate (null when the bundle has no evaluation, e.g. built by hand).
 *
 * @param name      model name (registered name, or the bundle's file name)
 * @param version   registry version, or a label for the bundle
 */
public record MonitoredModel(String name, String version, FittedPipeline pipeline, ReferenceProfile reference,
                             PerformanceBaseline baseline) {

    /**
     * The model in {@code bundle}, compared with {@code referenceOverride} when given, else with the profile the
     * bundle was saved with.
     */
    public static MonitoredModel of(ModelBundle bundle, String name, String version, ReferenceProfile referenceOverride) {
        ReferenceProfile ref = referenceOverride;
        if (ref == null) {
            byte[] bytes = bundle.section(ProfileCodec.SECTION).orElseThrow(() -> ModelyardException.invalid("model '" + name
                    + "' has no reference profile (it was trained before monitoring existed); make one with "
                    + "'modelyard monitor profile --model BUNDLE --data TRAINING_DATA --out profile.json' and pass --reference profile.json"));
            ref = ProfileCodec.fromBytes(bytes, name + " (reference profile)");
        }
        FittedPipeline p = bundle.pipeline();
        String expected = ProfileBuilder.signature(p.signature().schema());
        if (!expected.equals(ref.signature())) {
            throw ModelyardException.invalid("the reference profile was built for another model: it profiles " + ref.featureNames()
                    + " but model '" + name + "' takes " + p.signature().schema().names());
        }
        PerformanceBaseline baseline = bundle.evaluation().has("metric") ? PerformanceBaseline.of(bundle, ref) : null;
        return new MonitoredModel(name, version, p, ref, baseline);
    }

    /** Input features missing from {@code data}, in the model's order. */
    public List<String> missingFeatures(Frame data) {
        List<String> missing = new ArrayList<>();
        for (String f : reference.featureNames()) {
            if (!data.has(f)) {
                missing.add(f);
            }
        }
        return missing;
    }

    /**
     * The output monitoring compares with the reference's prediction profile: the positive class's score
     * (binary), the predicted value (regression), or the predicted label (multiclass).
     */
    public Column predictionColumn(Frame outputs) {
        Task t = pipeline.task();
        if (t == Task.REGRESSION) {
            return outputs.column(0).rename(ReferenceProfile.PREDICTION);
        }
        if (t == Task.BINARY) {
            return outputs.column("proba_" + pipeline.classes().get(1)).rename(ReferenceProfile.PREDICTION);
        }
        return dev.modelyard.core.frame.CategoricalColumn.fromStrings(ReferenceProfile.PREDICTION, pipeline.labels(outputs));
    }
}
