package dev.modelyard.server.serving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelyard.core.json.Json;
import dev.modelyard.serving.Golden;
import dev.modelyard.serving.model.ModelFile;
import dev.modelyard.serving.routing.Split;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The three protocols and the metrics over real HTTP, against the golden bundles. */
class ServingHttpTest {
    @TempDir static Path dir;
    static PredictionServer server;
    static ServingClient client;

    @BeforeAll
    static void start() {
        Path gbdt = Golden.bundleFile(Golden.GBDT, dir);
        Path linear = Golden.bundleFile(Golden.LINEAR, dir);
        List<ModelFile> files = ModelFile.parseAll(List.of("mixed=" + gbdt, "mixed=" + linear, "other@7=" + linear));
        server = PredictionServer.start(ServeOptions.of(files, 0).withShutdownGrace(Duration.ofMillis(500)).withLogDir(dir.resolve("log"))
                .withRouting(Map.of("mixed", Split.parseAll("1:50,2:50")), Map.of()));
        client = new ServingClient(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static ObjectNode records(int n) {
        ObjectNode b = Json.object();
        b.set("records", Golden.records(n));
        return b;
    }

    private static void assertGolden(JsonNode answer, String version, int rows) {
        String learner = version.equals("1") ? "gbdt" : "linear";
        for (int i = 0; i < rows; i++) {
            assertThat(answer.get("probabilities").get(i).get("yes").asDouble()).isCloseTo(Golden.expectedYes(learner, i), within(1e-9));
            assertThat(answer.get("predictions").get(i).asText()).isEqualTo(Golden.expectedYes(learner, i) > 0.5 ? "yes" : "no");
        }
    }

    @Test
    void modelyardPredictWithRecordsAndColumns() {
        ServingClient.Answer a = client.postJson("/api/v1/models/mixed/versions/1/predict", records(3));
        assertThat(a.status()).as(a.text()).isEqualTo(200);
        JsonNode j = a.json();
        assertThat(j.get("model").asText()).isEqualTo("mixed");
        assertThat(j.get("version").asText()).isEqualTo("1");
        assertThat(j.get("request_id").asText()).hasSize(36);
        assertGolden(j, "1", 3);

        ObjectNode cols = Json.object();
        ObjectNode c = cols.putObject("columns");
        for (JsonNode r : Golden.records(2)) {
            r.fields().forEachRemaining(e -> (c.has(e.getKey()) ? (ArrayNode) c.get(e.getKey()) : c.putArray(e.getKey())).add(e.getValue()));
        }
        JsonNode k = client.postJson("/api/v1/models/mixed/predict", cols, "X-Request-Key", "user-1").json();
        assertGolden(k, k.get("version").asText(), 2);
        assertThat(k.get("variant").asText()).isEqualTo(k.get("version").asText());
    }

    @Test
    void stickyRoutingByHeaderOrField() {
        for (int u = 0; u < 10; u++) {
            String first = client.postJson("/api/v1/models/mixed/predict", records(1), "X-Request-Key", "u" + u).json().get("version").asText();
            for (int rep = 0; rep < 3; rep++) {
                assertThat(client.postJson("/api/v1/models/mixed/predict", records(1), "X-Request-Key", "u" + u).json().get("version").asText())
                        .isEqualTo(first);
            }
            ObjectNode withField = records(1).put("request_key", "u" + u);
            assertThat(client.postJson("/api/v1/models/mixed/predict", withField).json().get("version").asText()).isEqualTo(first);
        }
    }

    @Test
    void modelListShowsVersionsSignatureAndRouting() {
        JsonNode list = client.get("/api/v1/models").json().get("models");
        assertThat(list).hasSize(2);
        JsonNode mixed = list.get(0).get("name").asText().equals("mixed") ? list.get(0) : list.get(1);
        assertThat(mixed.get("versions")).hasSize(2);
        JsonNode inputs = mixed.get("versions").get(0).get("inputs");
        assertThat(inputs).hasSize(7);
        assertThat(inputs.get(3).get("name").asText()).isEqualTo("color");
        assertThat(inputs.get(3).get("categories")).hasSize(5);
        assertThat(mixed.get("routing").get("split")).hasSize(2);
    }

    @Test
    void openInferenceProtocol() {
        assertThat(client.get("/v2/health/live").status()).isEqualTo(200);
        assertThat(client.get("/v2/health/ready").json().get("ready").asBoolean()).isTrue();
        JsonNode meta = client.get("/v2/models/other").json();
        assertThat(meta.get("name").asText()).isEqualTo("other");
        assertThat(meta.get("inputs")).hasSize(7);
        assertThat(meta.get("inputs").get(0).get("datatype").asText()).isEqualTo("FP64");
        assertThat(meta.get("inputs").get(3).get("datatype").asText()).isEqualTo("BYTES");
        assertThat(meta.get("outputs").get(1).get("shape").get(1).asInt()).isEqualTo(2);
        assertThat(client.get("/v2/models/mixed/versions/2").json().get("version").asText()).isEqualTo("2");
        assertThat(client.get("/v2/models/other/ready").json().get("ready").asBoolean()).isTrue();
        assertThat(client.get("/v2/models/mixed/versions/1/ready").status()).isEqualTo(200);

        ServingClient.Answer a = client.postJson("/v2/models/mixed/versions/1/infer", tensors(3).put("id", "my-id"));
        assertThat(a.status()).as(a.text()).isEqualTo(200);
        JsonNode j = a.json();
        assertThat(j.get("model_name").asText()).isEqualTo("mixed");
        assertThat(j.get("model_version").asText()).isEqualTo("1");
        assertThat(j.get("id").asText()).isEqualTo("my-id");
        JsonNode proba = j.get("outputs").get(1);
        assertThat(proba.get("shape").toString()).isEqualTo("[3,2]");
        for (int i = 0; i < 3; i++) {
            assertThat(proba.get("data").get(i * 2 + 1).asDouble()).isCloseTo(Golden.expectedYes("gbdt", i), within(1e-9));
        }
        assertThat(j.get("outputs").get(0).get("datatype").asText()).isEqualTo("BYTES");
        assertThat(client.postJson("/v2/models/other/infer", tensors(1)).json().get("model_version").asText()).isEqualTo("7");
    }

    static ObjectNode tensors(int n) {
        ObjectNode body = Json.object();
        ArrayNode inputs = body.putArray("inputs");
        ArrayNode recs = Golden.records(n);
        for (String name : Golden.inputs()) {
            ObjectNode t = inputs.addObject();
            t.put("name", name);
            t.putArray("shape").add(n);
            t.put("datatype", switch (name) {
                case "x1", "x2" -> "FP64";
                case "n", "when" -> "INT64";
                default -> "BYTES";
            });
            ArrayNode d = t.putArray("data");
            recs.forEach(r -> d.add(r.get(name)));
        }
        return body;
    }

    @Test
    void sagemakerAndMlflowInvocations() {
        assertThat(client.get("/ping").status()).isEqualTo(200);
        ObjectNode split = Json.object();
        ObjectNode s = split.putObject("dataframe_split");
        ArrayNode cols = s.putArray("columns");
        Golden.inputs().forEach(cols::add);
        ArrayNode data = s.putArray("data");
        for (JsonNode r : Golden.records(2)) {
            ArrayNode row = data.addArray();
            Golden.inputs().forEach(n -> row.add(r.get(n)));
        }
        ServingClient.Answer a = client.postJson("/invocations", split, "X-Model-Name", "other");
        assertThat(a.status()).as(a.text()).isEqualTo(200);
        assertThat(a.json().get("predictions")).hasSize(2);
        assertThat(a.json().get("predictions").get(0).asText()).isEqualTo(Golden.expectedYes("linear", 0) > 0.5 ? "yes" : "no");

        ServingClient.Answer csv = client.post("/invocations", "text/csv", Golden.inputCsv(4), "X-Model-Name", "other");
        assertThat(csv.status()).as(csv.text()).isEqualTo(200);
        assertThat(csv.json().get("predictions")).hasSize(4);

        ObjectNode inst = Json.object();
        inst.set("instances", Golden.records(1));
        ServingClient.Answer noName = client.postJson("/invocations", inst);
        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.json().get("field").asText()).isEqualTo("X-Model-Name");
        assertThat(noName.json().get("error").asText()).contains("mixed").contains("other");
    }

    @Test
    void feedbackIsAppendedNextToThePredictionLog() throws Exception {
        String id = client.postJson("/api/v1/models/other/predict", records(1)).json().get("request_id").asText();
        ServingClient.Answer a = client.postJson("/api/v1/feedback", "{\"request_id\":\"" + id + "\",\"actual\":\"yes\"}");
        assertThat(a.status()).as(a.text()).isEqualTo(200);
        ServingClient.Answer bad = client.postJson("/api/v1/feedback", "{\"actual\":\"yes\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("field").asText()).isEqualTo("request_id");
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < deadline && !(logText("feedback").contains(id) && logText("predictions").contains(id))) {
            Thread.sleep(50);
        }
        assertThat(logText("feedback")).contains(id).contains("\"actual\":\"yes\"");
        assertThat(logText("predictions")).contains(id);
    }

    private static String logText(String prefix) throws Exception {
        StringBuilder sb = new StringBuilder();
        try (Stream<Path> s = Files.list(dir.resolve("log"))) {
            for (Path p : s.filter(f -> f.getFileName().toString().startsWith(prefix)).toList()) {
                sb.append(Files.readString(p));
            }
        }
        return sb.toString();
    }

    @Test
    void prometheusMetrics() throws Exception {
        client.postJson("/api/v1/models/other/predict", records(2));
        client.postJson("/api/v1/models/nope/predict", records(1));
        ServingClient.Answer m = client.get("/metrics");
        assertThat(m.status()).isEqualTo(200);
        assertThat(m.text())
                .contains("modelyard_predictions_total{model=\"other\",variant=\"7\",version=\"7\"}")
                .contains("modelyard_request_latency_seconds_bucket{model=\"other\"")
                .contains("modelyard_errors_total{kind=\"not_found\"}")
                .contains("modelyard_log_dropped_total 0.0");
        System.gc(); // Micrometer holds function-counter sources weakly: they must survive a collection
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < deadline && written(client.get("/metrics").text()) == 0) {
            Thread.sleep(50);
        }
        assertThat(written(client.get("/metrics").text())).isPositive();
    }

    private static double written(String metrics) {
        return metrics.lines().filter(l -> l.startsWith("modelyard_log_written_total ")).mapToDouble(l -> Double.parseDouble(l.split(" ")[1]))
                .findFirst().orElse(-1);
    }
}
