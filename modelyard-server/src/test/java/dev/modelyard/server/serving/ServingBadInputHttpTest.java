package dev.modelyard.server.serving;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelyard.core.json.Json;
import dev.modelyard.serving.Golden;
import dev.modelyard.serving.model.ModelFile;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 4's "Bad input" list over HTTP: each is a 4xx JSON error naming the field, never a 5xx. */
class ServingBadInputHttpTest {
    static final String PREDICT = "/api/v1/models/mixed/predict";
    @TempDir static Path dir;
    static PredictionServer server;
    static ServingClient client;

    @BeforeAll
    static void start() {
        List<ModelFile> files = ModelFile.parseAll(List.of("mixed=" + Golden.bundleFile(Golden.GBDT, dir)));
        server = PredictionServer.start(ServeOptions.of(files, 0).withShutdownGrace(Duration.ofMillis(500)).withLimits(50, 64 * 1024, Duration.ofSeconds(30)));
        client = new ServingClient(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static ObjectNode body(ArrayNode rows) {
        ObjectNode b = Json.object();
        b.set("records", rows);
        return b;
    }

    private static JsonNode error(ServingClient.Answer a, int status) {
        assertThat(a.status()).as(a.text()).isEqualTo(status);
        JsonNode j = a.json();
        assertThat(j.get("error").asText()).isNotBlank();
        assertThat(j.get("error_code").asText()).isNotBlank();
        return j;
    }

    @Test
    void malformedJson() {
        JsonNode e = error(client.postJson(PREDICT, "{\"records\": [{\"x1\": 1,}"), 400);
        assertThat(e.get("error").asText()).contains("malformed JSON").contains("line 1");
    }

    @Test
    void wrongContentTypeIs415() {
        JsonNode e = error(client.post(PREDICT, "text/plain", Json.write(body(Golden.records(1)))), 415);
        assertThat(e.get("error").asText()).contains("application/json").contains("text/plain");
        error(client.post(PREDICT, null, Json.write(body(Golden.records(1)))), 415);
        error(client.post("/v2/models/mixed/infer", "text/csv", "x1\n1\n"), 415);
    }

    @Test
    void missingFeature() {
        ArrayNode rows = Golden.records(1);
        ((ObjectNode) rows.get(0)).remove("note");
        JsonNode e = error(client.postJson(PREDICT, body(rows)), 400);
        assertThat(e.get("field").asText()).isEqualTo("note");
    }

    @Test
    void wrongType() {
        ArrayNode rows = Golden.records(2);
        ((ObjectNode) rows.get(1)).put("x2", "abc");
        JsonNode e = error(client.postJson(PREDICT, body(rows)), 400);
        assertThat(e.get("field").asText()).isEqualTo("x2");
        assertThat(e.get("row").asInt()).isEqualTo(1);
        assertThat(e.get("error").asText()).contains("\"abc\"");
    }

    @Test
    void extraFeaturesAreIgnoredAndNoted() {
        ArrayNode rows = Golden.records(1);
        ((ObjectNode) rows.get(0)).put("shoe_size", 44);
        ServingClient.Answer a = client.postJson(PREDICT, body(rows));
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.json().get("ignored_features").toString()).isEqualTo("[\"shoe_size\"]");
    }

    @Test
    void nullIsMissingButNanAndInfinityAreRejected() {
        ArrayNode rows = Golden.records(1);
        ((ObjectNode) rows.get(0)).putNull("x1");
        assertThat(client.postJson(PREDICT, body(rows)).status()).isEqualTo(200);
        String text = Json.write(body(Golden.records(1))).replaceFirst("\"x1\"\\s*:\\s*[-0-9.Ee]+", "\"x1\": NaN");
        assertThat(text).contains("NaN");
        assertThat(error(client.postJson(PREDICT, text), 400).get("error").asText()).contains("no NaN");
        String inf = Json.write(body(Golden.records(1))).replaceFirst("\"x1\"\\s*:\\s*[-0-9.Ee]+", "\"x1\": 1e400");
        assertThat(error(client.postJson(PREDICT, inf), 400).get("field").asText()).isEqualTo("x1");
        ((ObjectNode) rows.get(0)).put("x1", "Infinity");
        assertThat(error(client.postJson(PREDICT, body(rows)), 400).get("field").asText()).isEqualTo("x1");
    }

    @Test
    void unseenCategoryIsScoredWithANote() {
        ArrayNode rows = Golden.records(1);
        ((ObjectNode) rows.get(0)).put("city", "Atlantis");
        ServingClient.Answer a = client.postJson(PREDICT, body(rows));
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.json().get("notes").get(0).asText()).contains("Atlantis");
    }

    @Test
    void emptyBatch() {
        assertThat(error(client.postJson(PREDICT, body(Json.array())), 400).get("error").asText()).contains("empty batch");
        assertThat(error(client.postJson(PREDICT, ""), 400).get("error").asText()).contains("empty");
    }

    @Test
    void oversizedBodyIs413() {
        ArrayNode rows = Json.array();
        while (Json.write(body(rows)).length() < 70 * 1024) {
            rows.addAll(Golden.records(40));
        }
        error(client.postJson(PREDICT, body(rows)), 413);
    }

    @Test
    void tooManyRows() {
        ArrayNode rows = Json.array();
        rows.addAll(Golden.records(40));
        rows.addAll(Golden.records(11));
        JsonNode e = error(client.postJson(PREDICT, body(rows)), 400);
        assertThat(e.get("error").asText()).contains("too many rows").contains("51").contains("50");
    }

    @Test
    void unknownModelOrVersionIs404() {
        assertThat(error(client.postJson("/api/v1/models/mixd/predict", body(Golden.records(1))), 404).get("error").asText())
                .contains("mixd").contains("mixed");
        error(client.postJson("/api/v1/models/mixed/versions/9/predict", body(Golden.records(1))), 404);
        error(client.get("/v2/models/nope"), 404);
        error(client.get("/v2/models/mixed/versions/9/ready"), 404);
        error(client.postJson("/v2/models/mixed/versions/9/infer", ServingHttpTest.tensors(1)), 404);
        error(client.get("/no/such/route"), 404);
    }

    @Test
    void oipWrongShapeOrDatatypeNamesTheTensor() {
        ObjectNode shape = ServingHttpTest.tensors(2);
        ((ArrayNode) shape.get("inputs").get(1).get("shape")).removeAll().add(3);
        JsonNode e = error(client.postJson("/v2/models/mixed/infer", shape), 400);
        assertThat(e.get("field").asText()).isEqualTo("x2");
        assertThat(e.get("error").asText()).contains("tensor 'x2'").contains("shape");

        ObjectNode type = ServingHttpTest.tensors(2);
        ((ObjectNode) type.get("inputs").get(3)).put("datatype", "FP32");
        e = error(client.postJson("/v2/models/mixed/infer", type), 400);
        assertThat(e.get("field").asText()).isEqualTo("color");
        assertThat(e.get("error").asText()).contains("FP32").contains("BYTES");
    }

    @Test
    void requestTimeoutIs503() {
        List<ModelFile> files = ModelFile.parseAll(List.of("mixed=" + Golden.bundleFile(Golden.GBDT, dir)));
        try (PredictionServer s = PredictionServer.start(ServeOptions.of(files, 0).withShutdownGrace(Duration.ofMillis(500)).withLimits(10_000, 0, Duration.ofNanos(1)))) {
            ArrayNode rows = Json.array();
            for (int i = 0; i < 10; i++) {
                rows.addAll(Golden.records(40));
            }
            JsonNode e = error(new ServingClient(s.port()).postJson(PREDICT, body(rows)), 503);
            assertThat(e.get("error_code").asText()).isEqualTo("TIMEOUT");
        }
    }

    @Test
    void authTokenGuardsPredictionsButNotHealth() {
        List<ModelFile> files = ModelFile.parseAll(List.of("mixed=" + Golden.bundleFile(Golden.GBDT, dir)));
        try (PredictionServer s = PredictionServer.start(ServeOptions.of(files, 0).withShutdownGrace(Duration.ofMillis(500)).withAuthToken("s3cret"))) {
            ServingClient c = new ServingClient(s.port());
            error(c.postJson(PREDICT, body(Golden.records(1))), 401);
            assertThat(c.postJson(PREDICT, body(Golden.records(1)), "Authorization", "Bearer s3cret").status()).isEqualTo(200);
            assertThat(c.get("/v2/health/ready").status()).isEqualTo(200);
            assertThat(c.get("/ping").status()).isEqualTo(200);
        }
    }
}
