package dev.modelyard.server.serving;

import dev.modelyard.core.json.Json;
import dev.modelyard.serving.input.InputError;
import dev.modelyard.serving.model.ServedModel;
import dev.modelyard.serving.predict.ServingEngine;
import dev.modelyard.server.http.Access;
import dev.modelyard.server.http.Routes;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import java.util.List;

/**
 * SageMaker and MLflow scoring: {@code GET /ping}, {@code POST /invocations} with MLflow's JSON shapes or
 * {@code text/csv}; the answer is {@code {"predictions": […]}}. With several models served, the header
 * {@code X-Model-Name} picks one.
 */
final class InvocationsApi {
    static final HeaderName MODEL_NAME = HeaderNames.create("X-Model-Name");

    private InvocationsApi() {}

    static void register(HttpRouting.Builder r, Routes routes, Scorer scorer) {
        ServingEngine engine = scorer.engine();
        r.get("/ping", routes.raw(Access.PUBLIC, (req, res) -> {
            boolean ready = !engine.models().isEmpty();
            routes.send(res, ready ? 200 : 503, Json.object().put("status", ready ? "ok" : "no model loaded"));
        }));
        r.post("/invocations", routes.raw(Access.READ, (req, res) ->
                Scorer.send(res, Answers.mlflow(scorer.table(req, model(req, engine), null, true)))));
    }

    private static String model(ServerRequest req, ServingEngine engine) {
        var named = req.headers().first(MODEL_NAME);
        if (named.isPresent()) {
            return named.get();
        }
        var all = engine.models().all();
        if (all.size() == 1) {
            return all.iterator().next().name(); // the common case, per request: no stream, no list
        }
        List<String> names = all.stream().map(ServedModel::name).toList();
        throw new InputError("X-Model-Name", "several models are served (" + String.join(", ", names)
                + "): name one with the X-Model-Name header");
    }
}
