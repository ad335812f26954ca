package dev.modelyard.monitoring.log;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.modelyard.core.frame.CategoricalColumn;
import dev.modelyard.core.frame.Column;
import dev.modelyard.core.frame.DoubleColumn;
import dev.modelyard.core.json.Json;
import dev.modelyard.monitoring.log.LogLine.BadLine;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Delayed labels from {@code feedback-*.jsonl} ({@code ts}, {@code request_id}, {@code actual}), joined to scored rows
 * on the request id: {@code actual} is one value for a one-row request or a list with one value per row (null = not
 * known). When a request gets feedback twice, the later line counts.
 */
final class Feedback {
    /** Name of the joined label column. */
    static final String COLUMN = "actual";

    private record Label(JsonNode actual, String where) {}

    private final Map<String, Label> byRequest = new HashMap<>();

    /** Reads every feedback file in {@code dir}; malformed lines go to {@code problems}. */
    static Feedback read(Path dir, Problems problems) throws java.io.IOException {
        Feedback f = new Feedback();
        for (Path file : LogFiles.list(dir, "feedback")) {
            LogFiles.forEachLine(file, (text, where) -> f.add(text, where, problems), problems);
        }
        return f;
    }

    private void add(String text, String where, Problems problems) {
        try {
            JsonNode n = Json.read(text);
            String id = LogLine.text(n, "request_id", true);
            JsonNode actual = n.get("actual");
            if (actual == null || actual.isNull() || actual.isObject()) {
                throw new BadLine("'actual' is " + (actual == null || actual.isNull() ? "absent" : "an object, not a value or a list"));
            }
            byRequest.put(id, new Label(actual, where));
        } catch (JsonProcessingException e) {
            problems.add(where, "not JSON (" + e.getOriginalMessage() + ")");
        } catch (BadLine e) {
            problems.add(where, e.getMessage());
        }
    }

    /**
     * The label of every row, or null when no row has one: categories for classifiers, numbers for regression.
     *
     * @param requestIds   each row's request id
     * @param rowInRequest each row's position in its request
     */
    Column join(String[] requestIds, int[] rowInRequest, boolean classification, Problems problems) {
        Map<String, Integer> rowsPerRequest = new HashMap<>();
        for (int i = 0; i < requestIds.length; i++) {
            rowsPerRequest.merge(requestIds[i], rowInRequest[i] + 1, Math::max);
        }
        Map<String, String> badRequests = new HashMap<>();
        String[] labels = new String[requestIds.length];
        double[] values = new double[requestIds.length];
        Arrays.fill(values, Double.NaN);
        int labelled = 0;
        for (int i = 0; i < requestIds.length; i++) {
            Label l = byRequest.get(requestIds[i]);
            if (l == null || badRequests.containsKey(requestIds[i])) {
                continue;
            }
            try {
                JsonNode v = value(l.actual(), rowInRequest[i], rowsPerRequest.get(requestIds[i]));
                if (v == null || v.isNull()) {
                    continue;
                }
                if (classification) {
                    labels[i] = label(v);
                } else {
                    values[i] = number(v);
                }
                labelled++;
            } catch (BadLine e) {
                badRequests.put(requestIds[i], e.getMessage());
                problems.add(l.where(), e.getMessage());
            }
        }
        if (labelled == 0) {
            return null;
        }
        return classification ? CategoricalColumn.fromStrings(COLUMN, labels) : DoubleColumn.owning(COLUMN, values);
    }

    private static JsonNode value(JsonNode actual, int row, int rows) throws BadLine {
        if (actual.isArray()) {
            if (actual.size() < rows) {
                throw new BadLine("'actual' has " + actual.size() + " values but the request scored " + rows + " rows");
            }
            return actual.get(row);
        }
        if (rows != 1) {
            throw new BadLine("'actual' is one value but the request scored " + rows + " rows (send a list, one per row)");
        }
        return actual;
    }

    private static String label(JsonNode v) throws BadLine {
        if (v.isIntegralNumber()) {
            return Long.toString(v.longValue());
        }
        if (v.isValueNode()) {
            return v.asText();
        }
        throw new BadLine("'actual' holds " + FeatureColumns.abbreviate(v) + ", not a class label");
    }

    private static double number(JsonNode v) throws BadLine {
        if (v.isNumber() && Double.isFinite(v.doubleValue())) {
            return v.doubleValue();
        }
        if (v.isTextual()) {
            try {
                double d = Double.parseDouble(v.textValue().trim());
                if (Double.isFinite(d)) {
                    return d;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw new BadLine("'actual' holds " + FeatureColumns.abbreviate(v) + ", not a number (the model is a regression)");
    }
}
