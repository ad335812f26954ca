package dev.modelyard.scoring.tree;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelyard.core.json.Json;
import dev.modelyard.scoring.api.Task;
import dev.modelyard.scoring.bundle.Payloads;
import dev.modelyard.scoring.bundle.StepState;
import java.util.List;
import java.util.Map;

/**
 * What every saved tree model holds besides its trees: task, classes, features, learner parameters, the best
 * round, the validation curve and its metric. One reader and one writer, so the kinds cannot drift apart.
 */
record TreeHeader(Task task, List<String> classes, List<String> features, ObjectNode learnerParams, int bestIteration,
                  double[] curve, String metric) {

    /** Reads and checks the common fields; damage is CORRUPT_BUNDLE naming the step. */
    static TreeHeader read(StepState s) {
        Task task = Task.parse(s.require("task").asText());
        List<String> classes = Json.toStrings(s.require("classes"));
        if (task == Task.BINARY ? classes.size() != 2 : task.isClassification() && classes.size() < 2) {
            throw s.corrupt("a " + task.label() + " model cannot have " + classes.size() + " classes");
        }
        JsonNode lp = s.require("learner_params");
        if (!lp.isObject()) {
            throw s.corrupt("learner_params is not an object");
        }
        return new TreeHeader(task, classes, Json.toStrings(s.require("features")), ((ObjectNode) lp).deepCopy(),
                s.require("best_iteration").asInt(), Payloads.toDoubles(s.payload("validation_curve")), s.require("metric").asText());
    }

    /** Writes the common fields of {@code m} into {@code params} and the curve into {@code payloads}. */
    static void write(TreeModel m, ObjectNode learnerParams, ObjectNode params, Map<String, byte[]> payloads) {
        params.put("task", m.task().label());
        params.set("classes", Json.strings(m.classes()));
        params.set("features", Json.strings(m.featureNames()));
        params.set("learner_params", learnerParams.deepCopy());
        params.put("best_iteration", m.bestIteration());
        params.put("metric", m.metric());
        params.put("trees", m.treeCount());
        payloads.put("validation_curve", Payloads.doubles(m.validationCurve()));
    }
}
