package dev.modelyard.server.serving;

import dev.modelyard.server.http.Access;
import dev.modelyard.server.http.Routes;
import io.helidon.webserver.http.HttpRouting;

/**
 * Modelyard JSON: {@code POST /api/v1/models/{name}[/versions/{v}]/predict} with {@code records} or
 * {@code columns} (the MLflow shapes are accepted too), {@code GET /api/v1/models}, {@code POST /api/v1/feedback}.
 */
final class ModelyardApi {
    private ModelyardApi() {}

    static void register(HttpRouting.Builder r, Routes routes, Scorer scorer) {
        r.post("/api/v1/models/{name}/predict", routes.raw(Access.READ, (req, res) -> Scorer.send(res, Answers.modelyard(
                scorer.table(req, req.path().pathParameters().get("name"), null, false)))));
        r.post("/api/v1/models/{name}/versions/{version}/predict", routes.raw(Access.READ, (req, res) -> {
            var p = req.path().pathParameters();
            Scorer.send(res, Answers.modelyard(scorer.table(req, p.get("name"), p.get("version"), false)));
        }));
        r.get("/api/v1/models", routes.raw(Access.READ, (req, res) ->
                routes.send(res, 200, ModelDescriptions.list(scorer.engine().models().all()))));
        r.post("/api/v1/feedback", routes.raw(Access.WRITE, (req, res) -> {
            scorer.engine().feedback(scorer.bodies().json(req));
            routes.send(res, 200, dev.modelyard.core.json.Json.object().put("recorded", true));
        }));
    }
}
