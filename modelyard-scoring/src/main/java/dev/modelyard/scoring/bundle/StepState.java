package dev.modelyard.scoring.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelyard.core.error.ErrorCode;
import dev.modelyard.core.error.ModelyardException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A fitted step as data: its kind, its parameters as JSON, and named binary payloads (arrays, booster
 * files). This is all a bundle stores about a step; loading never runs code from the bundle.
 */
public record StepState(String kind, ObjectNode params, Map<String, byte[]> payloads) {
    public StepState {
        payloads = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(payloads));
    }

    public StepState(String kind, ObjectNode params) {
        this(kind, params, Map.of());
    }

    /** A required parameter, or a CORRUPT_BUNDLE error naming the step and the field. */
    public JsonNode require(String field) {
        JsonNode n = params.get(field);
        if (n == null || n.isMissingNode()) {
            throw corrupt("missing field '" + field + "'");
        }
        return n;
    }

    /** A required payload, or a CORRUPT_BUNDLE error. */
    public byte[] payload(String name) {
        byte[] b = payloads.get(name);
        if (b == null) {
            throw corrupt("missing payload '" + name + "'");
        }
        return b;
    }

    /** An error about this step's stored state. */
    public ModelyardException corrupt(String what) {
        return new ModelyardException(ErrorCode.CORRUPT_BUNDLE, "step '" + kind + "': " + what);
    }
}
