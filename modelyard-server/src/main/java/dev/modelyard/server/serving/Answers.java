package dev.modelyard.server.serving;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import dev.modelyard.serving.predict.Prediction;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The answer bodies of the three protocols, written straight to bytes with a streaming generator (no tree):
 * this is the hot path of every prediction.
 */
final class Answers {
    /** Probabilities dominate the answer: Schubfach double formatting is several times faster than the JDK's. */
    private static final JsonFactory FACTORY = JsonFactory.builder().enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER).build();

    private Answers() {}

    @FunctionalInterface
    private interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private static byte[] json(Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Modelyard JSON: predictions, probabilities per class, model, version, variant, request id, ignored features, notes. */
    static byte[] modelyard(Prediction p) {
        return json(g -> {
            g.writeStartObject();
            g.writeStringField("request_id", p.requestId());
            g.writeStringField("model", p.model());
            g.writeStringField("version", p.version());
            g.writeStringField("variant", p.variant());
            predictions(g, p);
            if (p.isClassification()) {
                g.writeArrayFieldStart("probabilities");
                for (int i = 0; i < p.rows(); i++) {
                    g.writeStartObject();
                    for (int c = 0; c < p.classes().size(); c++) {
                        g.writeNumberField(p.classes().get(c), p.probability(i, c));
                    }
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            strings(g, "ignored_features", p.ignored());
            strings(g, "notes", p.notes());
            g.writeEndObject();
        });
    }

    /** MLflow / SageMaker: {@code {"predictions": [...]}} (labels for classifiers, values for regression). */
    static byte[] mlflow(Prediction p) {
        return json(g -> {
            g.writeStartObject();
            predictions(g, p);
            g.writeEndObject();
        });
    }

    /** Open Inference Protocol v2: {@code model_name}, {@code model_version}, {@code id}, output tensors. */
    static byte[] oip(Prediction p, String id) {
        return json(g -> {
            g.writeStartObject();
            g.writeStringField("model_name", p.model());
            g.writeStringField("model_version", p.version());
            g.writeStringField("id", id != null ? id : p.requestId());
            g.writeObjectFieldStart("parameters");
            g.writeStringField("request_id", p.requestId());
            g.writeStringField("variant", p.variant());
            g.writeEndObject();
            g.writeArrayFieldStart("outputs");
            g.writeStartObject();
            g.writeStringField("name", "predict");
            g.writeArrayFieldStart("shape");
            g.writeNumber(p.rows());
            g.writeEndArray();
            g.writeStringField("datatype", p.isClassification() ? "BYTES" : "FP64");
            g.writeArrayFieldStart("data");
            values(g, p);
            g.writeEndArray();
            g.writeEndObject();
            if (p.isClassification()) {
                g.writeStartObject();
                g.writeStringField("name", "probabilities");
                g.writeArrayFieldStart("shape");
                g.writeNumber(p.rows());
                g.writeNumber(p.width());
                g.writeEndArray();
                g.writeStringField("datatype", "FP64");
                g.writeArrayFieldStart("data");
                for (int i = 0; i < p.rows(); i++) {
                    for (int c = 0; c < p.width(); c++) {
                        g.writeNumber(p.probability(i, c));
                    }
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    private static void predictions(JsonGenerator g, Prediction p) throws IOException {
        g.writeArrayFieldStart("predictions");
        values(g, p);
        g.writeEndArray();
    }

    private static void values(JsonGenerator g, Prediction p) throws IOException {
        for (int i = 0; i < p.rows(); i++) {
            if (p.isClassification()) {
                g.writeString(p.label(i));
            } else {
                g.writeNumber(p.value(i));
            }
        }
    }

    private static void strings(JsonGenerator g, String field, java.util.List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
