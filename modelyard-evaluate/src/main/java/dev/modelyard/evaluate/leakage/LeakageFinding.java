package dev.modelyard.evaluate.leakage;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelyard.core.json.Json;
import java.util.Objects;

/**
 * One suspected leak.
 *
 * @param kind     {@link #TARGET_PROXY}, {@link #ID_LIKE}, {@link #DUPLICATE_ROWS} or {@link #FUTURE_TIMESTAMP}
 * @param column   the column concerned, or null when the finding is about whole rows
 * @param message  a sentence for the user saying what was found and why it matters
 * @param score    the measured strength: AUC or R² for proxies, distinct share for IDs, share of rows
 *                 for duplicates and future timestamps
 * @param severity how loudly to report it
 */
public record LeakageFinding(String kind, String column, String message, double score, Severity severity) {
    public static final String TARGET_PROXY = "target_proxy";
    public static final String ID_LIKE = "id_like";
    public static final String DUPLICATE_ROWS = "duplicate_rows";
    public static final String FUTURE_TIMESTAMP = "future_timestamp";

    public LeakageFinding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(severity, "severity");
    }

    /** {@code {"kind", "column", "message", "score", "severity"}}; a missing column or NaN score is null. */
    public ObjectNode toJson() {
        ObjectNode o = Json.object();
        o.put("kind", kind);
        if (column == null) {
            o.putNull("column");
        } else {
            o.put("column", column);
        }
        o.put("message", message);
        if (Double.isNaN(score)) {
            o.putNull("score");
        } else {
            o.put("score", score);
        }
        o.put("severity", severity.label());
        return o;
    }

    @Override
    public String toString() {
        return severity.label() + " " + kind + (column == null ? "" : " '" + column + "'") + ": " + message;
    }
}
