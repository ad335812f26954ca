package dev.modelyard.monitoring.drift;

import com.fasterxml.jackson.databind.JsonNode;
import dev.modelyard.core.error.ErrorCode;
import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.core.json.Json;
import java.io.IOException;

/**
 * Total gain per feature of an XGBoost model, read from its JSON: every split node's {@code loss_changes}
 * added to its {@code split_indices} feature (XGBoost's {@code total_gain} importance). Total rather than
 * average gain, so that a feature used in many good splits outranks one used once.
 */
final class GainImportance {
    private GainImportance() {}

    /** Adds each feature's total gain in {@code modelJson} to {@code gain} (indexed like the model's features). */
    static void addTo(byte[] modelJson, double[] gain) {
        JsonNode trees;
        try {
            trees = Json.mapper().readTree(modelJson).path("learner").path("gradient_booster").path("model").path("trees");
        } catch (IOException e) {
            throw new ModelyardException(ErrorCode.INTERNAL, "cannot read the domain classifier's XGBoost model: " + e.getMessage(), e);
        }
        for (JsonNode t : trees) {
            JsonNode left = t.path("left_children");
            JsonNode split = t.path("split_indices");
            JsonNode loss = t.path("loss_changes");
            for (int i = 0; i < left.size(); i++) {
                int f = split.path(i).asInt(-1);
                if (left.get(i).asInt() != -1 && f >= 0 && f < gain.length) {
                    gain[f] += loss.path(i).asDouble();
                }
            }
        }
    }
}
