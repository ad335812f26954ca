package dev.modelyard.serving.log;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.modelyard.core.json.Json;
import dev.modelyard.serving.input.Batch;
import dev.modelyard.serving.predict.Prediction;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;

/**
 * The prediction log and, next to it, the feedback log, for monitoring to join on {@code request_id}. Each
 * scored row is one line of {@code predictions-*.jsonl}: {@code ts}, {@code request_id}, {@code row}, {@code model},
 * {@code version}, {@code variant}, {@code shadow}, {@code latency_ms}, {@code features} (as the model saw them,
 * null = missing), {@code prediction} and, for classifiers, {@code probabilities}. Each feedback is one line of
 * {@code feedback-*.jsonl}: {@code ts}, {@code request_id}, {@code actual}. Both are asynchronous and drop
 * (counted) rather than block when their queue is full: see {@link AsyncJsonLog}.
 */
public final class PredictionLog implements AutoCloseable {
    /** Default queue capacity (entries = requests) and file size before rolling. */
    public static final int DEFAULT_CAPACITY = 65_536;
    public static final long DEFAULT_MAX_FILE_BYTES = 128L << 20;

    private final AsyncJsonLog predictions;
    private final AsyncJsonLog feedback;

    public PredictionLog(Path dir, int capacity, long maxFileBytes) {
        this.predictions = new AsyncJsonLog(dir, "predictions", capacity, maxFileBytes);
        this.feedback = new AsyncJsonLog(dir, "feedback", capacity, maxFileBytes);
    }

    public PredictionLog(Path dir) {
        this(dir, DEFAULT_CAPACITY, DEFAULT_MAX_FILE_BYTES);
    }

    /** Queues a scored request; false when it was dropped. */
    public boolean record(Prediction p) {
        return predictions.offer(out -> write(p, out));
    }

    /** Queues a delayed label for a request id; false when it was dropped. */
    public boolean feedback(String requestId, JsonNode actual, long timestampMillis) {
        JsonNode copy = actual.deepCopy();
        return feedback.offer(out -> out.line(g -> {
            g.writeStringField("ts", Instant.ofEpochMilli(timestampMillis).toString());
            g.writeStringField("request_id", requestId);
            g.writeFieldName("actual");
            Json.mapper().writeTree(g, copy);
        }));
    }

    /** Entries dropped so far (predictions and feedback). */
    public long dropped() {
        return predictions.dropped() + feedback.dropped();
    }

    /** Entries written so far (predictions and feedback). */
    public long written() {
        return predictions.written() + feedback.written();
    }

    private static void write(Prediction p, LogEntry.JsonLines out) throws IOException {
        Batch b = p.batch();
        String ts = Instant.ofEpochMilli(p.timestampMillis()).toString();
        double latencyMs = p.latencyNanos() / 1e6;
        for (int i = 0; i < p.rows(); i++) {
            JsonGenerator g = out.begin();
            g.writeStringField("ts", ts);
            g.writeStringField("request_id", p.requestId());
            g.writeNumberField("row", i);
            g.writeStringField("model", p.model());
            g.writeStringField("version", p.version());
            g.writeStringField("variant", p.variant());
            g.writeBooleanField("shadow", p.shadow());
            g.writeNumberField("latency_ms", latencyMs);
            g.writeObjectFieldStart("features");
            for (int j = 0; j < b.width(); j++) {
                g.writeFieldName(b.schema().field(j).name());
                Object v = b.cell(i, j);
                if (v == null) {
                    g.writeNull();
                } else if (v instanceof Double d) {
                    g.writeNumber(d);
                } else {
                    g.writeString((String) v);
                }
            }
            g.writeEndObject();
            if (p.isClassification()) {
                g.writeStringField("prediction", p.label(i));
                g.writeObjectFieldStart("probabilities");
                for (int c = 0; c < p.classes().size(); c++) {
                    g.writeNumberField(p.classes().get(c), p.probability(i, c));
                }
                g.writeEndObject();
            } else {
                g.writeNumberField("prediction", p.value(i));
            }
            out.end();
        }
    }

    /** Writes everything queued, flushes and closes both files. */
    @Override
    public void close() {
        predictions.close();
        feedback.close();
    }
}
