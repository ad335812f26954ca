package dev.modelyard.server.serving;

import com.fasterxml.jackson.databind.JsonNode;
import dev.modelyard.serving.input.CsvTable;
import dev.modelyard.serving.input.InputTable;
import dev.modelyard.serving.input.JsonTables;
import dev.modelyard.serving.input.StreamedRecords;
import dev.modelyard.serving.input.TensorTable;
import dev.modelyard.serving.model.LoadedModel;
import dev.modelyard.serving.predict.Prediction;
import dev.modelyard.serving.predict.PredictRequest;
import dev.modelyard.serving.predict.ServingEngine;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.function.Function;

/**
 * What the protocols share: reading the body into rows, the sticky routing key (header {@code X-Request-Key},
 * else a top-level {@code request_key} in a JSON object body), calling the engine, sending the bytes.
 */
final class Scorer {
    static final HeaderName REQUEST_KEY = HeaderNames.create("X-Request-Key");
    private static final String JSON = "application/json";

    private final ServingEngine engine;
    private final Bodies bodies;

    Scorer(ServingEngine engine, Bodies bodies) {
        this.engine = engine;
        this.bodies = bodies;
    }

    ServingEngine engine() { return engine; }

    Bodies bodies() { return bodies; }

    /** Scores a JSON body of records/columns/MLflow shapes, or CSV where allowed. */
    Prediction table(ServerRequest req, String model, String version, boolean csvAllowed) {
        long t0 = System.nanoTime();
        if (Bodies.kind(req, csvAllowed) == Bodies.Kind.CSV) {
            CsvTable csv = bodies.csv(req);
            return engine.predict(new PredictRequest(model, version, key(req, null), t0, m -> csv));
        }
        byte[] bytes = bodies.bytes(req);
        StreamedRecords.Decoded fast = StreamedRecords.tryDecode(bytes);
        if (fast != null) {
            String key = req.headers().first(REQUEST_KEY).orElse(fast.requestKey());
            return engine.predict(new PredictRequest(model, version, key, t0, m -> fast.table()));
        }
        JsonNode body = bodies.parseJson(bytes);
        return engine.predict(new PredictRequest(model, version, key(req, body), t0, m -> JsonTables.of(body, m.signature())));
    }

    /** Scores an OIP v2 infer body. */
    Prediction tensors(ServerRequest req, JsonNode body, String model, String version) {
        Function<LoadedModel, InputTable> decode = m -> TensorTable.of(body, m.signature().schema());
        return engine.predict(new PredictRequest(model, version, key(req, body), System.nanoTime(), decode));
    }

    private static String key(ServerRequest req, JsonNode body) {
        var h = req.headers().first(REQUEST_KEY);
        if (h.isPresent()) {
            return h.get();
        }
        JsonNode k = body != null && body.isObject() ? body.get("request_key") : null;
        if (k == null && body != null && body.isObject()) {
            k = body.path("parameters").get("request_key");
        }
        return k != null && k.isValueNode() && !k.isNull() ? k.asText() : null;
    }

    static void send(ServerResponse res, byte[] json) {
        res.header(HeaderNames.CONTENT_TYPE, JSON);
        res.send(json);
    }
}
