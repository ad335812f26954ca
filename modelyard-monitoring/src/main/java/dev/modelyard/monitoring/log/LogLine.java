package dev.modelyard.monitoring.log;

import com.fasterxml.jackson.databind.JsonNode;
import dev.modelyard.monitoring.window.TimeValues;

/**
 * One line of {@code predictions-*.jsonl} as the serving module's {@code PredictionLog} writes it: one scored row.
 *
 * @param epochMillis   {@code ts}, the request's time
 * @param requestId     {@code request_id}
 * @param row           {@code row}, the row's position in its request (0 when absent)
 * @param model         {@code model}, the model name
 * @param version       {@code version} ("" when absent)
 * @param shadow        {@code shadow}: a challenger's output that was logged but not returned
 * @param features      {@code features}, an object of the values the model saw (null = missing)
 * @param prediction    {@code prediction}: the class label or the regression value
 * @param probabilities {@code probabilities}, class → probability (classifiers), else null
 */
record LogLine(long epochMillis, String requestId, int row, String model, String version, boolean shadow,
               JsonNode features, JsonNode prediction, JsonNode probabilities) {

    /** Reads a parsed line, or throws {@link BadLine} saying which field is absent or of the wrong type. */
    static LogLine of(JsonNode n) throws BadLine {
        if (!n.isObject()) {
            throw new BadLine("not a JSON object");
        }
        JsonNode features = n.get("features");
        if (features == null || !features.isObject()) {
            throw new BadLine("'features' is " + (features == null ? "absent" : "not an object"));
        }
        JsonNode prediction = n.get("prediction");
        if (prediction == null || !(prediction.isNumber() || prediction.isTextual())) {
            throw new BadLine("'prediction' is " + (prediction == null ? "absent" : "not a number or a label"));
        }
        JsonNode probabilities = n.get("probabilities");
        if (probabilities != null && !probabilities.isObject() && !probabilities.isNull()) {
            throw new BadLine("'probabilities' is not an object");
        }
        JsonNode row = n.get("row");
        if (row != null && !row.canConvertToInt()) {
            throw new BadLine("'row' is not a row number");
        }
        JsonNode shadow = n.get("shadow");
        return new LogLine(time(n), text(n, "request_id", true), row == null ? 0 : row.intValue(), text(n, "model", true),
                text(n, "version", false), shadow != null && shadow.asBoolean(false), features, prediction,
                probabilities == null || probabilities.isNull() ? null : probabilities);
    }

    /** The {@code ts} field: ISO-8601 text or epoch milliseconds. */
    static long time(JsonNode n) throws BadLine {
        JsonNode ts = n.get("ts");
        if (ts != null && ts.isIntegralNumber()) {
            return ts.longValue();
        }
        Long t = ts != null && ts.isTextual() ? TimeValues.parse(ts.textValue()) : null;
        if (t == null) {
            throw new BadLine("'ts' is " + (ts == null ? "absent" : "not a time: " + ts));
        }
        return t;
    }

    /** A required (non-empty) or optional ("" when absent) text field. */
    static String text(JsonNode n, String field, boolean required) throws BadLine {
        JsonNode v = n.get(field);
        if (v != null && v.isTextual() && !(required && v.textValue().isEmpty())) {
            return v.textValue();
        }
        if (!required && (v == null || v.isNull())) {
            return "";
        }
        throw new BadLine("'" + field + "' is " + (v == null ? "absent" : "not a string"));
    }

    /** Why a line cannot be used; the reader counts and skips it. */
    static final class BadLine extends Exception {
        BadLine(String message) {
            super(message, null, false, false);
        }
    }
}
