package dev.modelyard.server.serving;

import com.fasterxml.jackson.databind.JsonNode;
import dev.modelyard.core.json.Json;
import dev.modelyard.serving.model.LoadedModel;
import dev.modelyard.serving.model.ServedModel;
import dev.modelyard.serving.predict.ServingEngine;
import dev.modelyard.server.http.Access;
import dev.modelyard.server.http.Routes;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;

/**
 * Open Inference Protocol v2 (KServe/Triton): health, server and model metadata, model readiness and
 * {@code infer} with tensors, for a model's default routing or an explicit version.
 */
final class OipApi {
    private OipApi() {}

    static void register(HttpRouting.Builder r, Routes routes, Scorer scorer) {
        ServingEngine engine = scorer.engine();
        r.get("/v2/health/live", routes.raw(Access.PUBLIC, (req, res) -> routes.send(res, 200, Json.object().put("live", true))));
        r.get("/v2/health/ready", routes.raw(Access.PUBLIC, (req, res) -> {
            boolean ready = !engine.models().isEmpty();
            routes.send(res, ready ? 200 : 503, Json.object().put("ready", ready));
        }));
        r.get("/v2", routes.raw(Access.READ, (req, res) -> routes.send(res, 200, Json.object().put("name", "modelyard")
                .put("version", dev.modelyard.core.provenance.Versions.modelyard()))));
        r.get("/v2/models/{name}", routes.raw(Access.READ, (req, res) -> {
            ServedModel m = engine.models().get(name(req));
            routes.send(res, 200, ModelDescriptions.oip(m, m.primary()));
        }));
        r.get("/v2/models/{name}/versions/{version}", routes.raw(Access.READ, (req, res) -> {
            ServedModel m = engine.models().get(name(req));
            routes.send(res, 200, ModelDescriptions.oip(m, m.version(version(req))));
        }));
        r.get("/v2/models/{name}/ready", routes.raw(Access.READ, (req, res) -> {
            ServedModel m = engine.models().get(name(req));
            routes.send(res, 200, ready(m.primary()));
        }));
        r.get("/v2/models/{name}/versions/{version}/ready", routes.raw(Access.READ, (req, res) -> {
            ServedModel m = engine.models().get(name(req));
            routes.send(res, 200, ready(m.version(version(req))));
        }));
        r.post("/v2/models/{name}/infer", routes.raw(Access.READ, (req, res) -> infer(req, res, scorer, null)));
        r.post("/v2/models/{name}/versions/{version}/infer", routes.raw(Access.READ, (req, res) -> infer(req, res, scorer, version(req))));
    }

    private static void infer(ServerRequest req, io.helidon.webserver.http.ServerResponse res, Scorer scorer, String version) {
        JsonNode body = scorer.bodies().json(req);
        JsonNode id = body.get("id");
        var p = scorer.tensors(req, body, name(req), version);
        Scorer.send(res, Answers.oip(p, id != null && id.isTextual() ? id.textValue() : null));
    }

    private static JsonNode ready(LoadedModel v) {
        return Json.object().put("name", v.name()).put("version", v.version()).put("ready", true);
    }

    private static String name(ServerRequest req) {
        return req.path().pathParameters().get("name");
    }

    private static String version(ServerRequest req) {
        return req.path().pathParameters().get("version");
    }
}
