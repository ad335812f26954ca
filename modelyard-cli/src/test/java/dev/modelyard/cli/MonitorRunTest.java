package dev.modelyard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelyard.core.json.Json;
import dev.modelyard.server.serving.PredictionServer;
import dev.modelyard.server.serving.ServeOptions;
import dev.modelyard.serving.model.ModelFile;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The loop in production: a server logs predictions of shifted traffic and feedback; {@code monitor run}
 * reads the log (skipping a damaged line), alerts once per window, and {@code monitor status} shows it; the
 * server answers {@code GET /api/v1/models/{name}/monitoring} from the same log.
 */
class MonitorRunTest {
    @TempDir static Path dir;
    static Path model;
    static Path logs;
    static JsonNode served;

    @BeforeAll
    static void serveShiftedTraffic() throws Exception {
        model = dir.resolve("income.zip");
        CliRun.of("train", "--data", Csv.standard(dir, "train.csv"), "--target", "income", "--learners", "linear", "--folds", "2", "-q",
                "--out", model).succeeds();
        logs = dir.resolve("logs");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        try (PredictionServer server = PredictionServer.start(ServeOptions.of(ModelFile.parseAll(List.of("income=" + model)), 0).withLogDir(logs))) {
            String base = "http://127.0.0.1:" + server.port();
            Random r = new Random(5);
            for (int batch = 0; batch < 8; batch++) {
                ObjectNode body = Json.object();
                ArrayNode records = body.putArray("records");
                for (int i = 0; i < 50; i++) {
                    // Everyone is 30 years older than in training, and red.
                    records.addObject().put("age", 48 + r.nextInt(60)).put("color", "red").put("score", r.nextGaussian());
                }
                JsonNode answer = Json.read(post(http, base + "/api/v1/models/income/predict", body));
                ObjectNode fb = Json.object().put("request_id", answer.path("request_id").asText());
                ArrayNode actual = fb.putArray("actual");
                for (int i = 0; i < 50; i++) {
                    actual.add(">50K");
                }
                post(http, base + "/api/v1/feedback", fb);
            }
            // The log is asynchronous: ask the server until all 400 rows are visible to monitoring.
            long deadline = System.nanoTime() + 20_000_000_000L;
            do {
                Thread.sleep(200);
                HttpResponse<String> g = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/models/income/monitoring?window=1d")).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                served = g.statusCode() == 200 ? Json.read(g.body()) : null;
            } while ((served == null || served.path("windows").path(0).path("rows").asLong() < 400) && System.nanoTime() < deadline);
        }
    }

    private static String post(HttpClient http, String url, JsonNode body) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(body))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return r.body();
    }

    private static JsonNode feature(JsonNode window, String name) {
        for (JsonNode f : window.path("drift").path("features")) {
            if (f.path("feature").asText().equals(name)) {
                return f;
            }
        }
        throw new AssertionError("no feature " + name);
    }

    @Test
    void theServerReportsDriftAndPerformanceFromItsLog() {
        assertThat(served).as("monitoring answer").isNotNull();
        JsonNode w = served.path("windows").path(0);
        assertThat(w.path("rows").asLong()).isEqualTo(400);
        assertThat(feature(w, "age").path("drifted").asBoolean()).isTrue();
        assertThat(feature(w, "color").path("drifted").asBoolean()).isTrue();
        // Feedback arrived for every row: realised performance is measured.
        assertThat(w.path("performance").path("labelled").asLong()).isEqualTo(400);
        assertThat(w.path("alerts").size()).isPositive();
    }

    @Test
    void monitorRunAlertsOncePerWindowAndSurvivesADamagedLine() throws IOException {
        Path logFile;
        try (var files = Files.list(logs)) {
            logFile = files.filter(p -> p.getFileName().toString().startsWith("predictions-")).findFirst().orElseThrow();
        }
        Files.writeString(logFile, "{\"ts\": \"not a time\", \"truncat\n", StandardOpenOption.APPEND);
        Path status = dir.resolve("status.json");
        Path config = Files.writeString(dir.resolve("alerts.json"), Json.write(Json.read("""
                {"rules": [{"name": "drift", "when": "dataset_drift", "severity": "critical"}],
                 "sinks": [{"type": "log"}, {"type": "status", "path": "%s"}]}""".formatted(status.toString().replace("\\", "\\\\")))));
        Path state = dir.resolve("state.json");
        CliRun first = CliRun.of("monitor", "run", "--model", model, "--name", "income", "--log-dir", logs, "--once", "--window", "1d",
                "--alerts", config, "--state", state, "--out-dir", dir.resolve("reports")).succeeds();
        assertThat(first.out()).contains("400 rows", "1 new alert(s)", "1 malformed line(s) skipped");
        assertThat(dir.resolve("reports/report.html")).isNotEmptyFile();
        assertThat(dir.resolve("reports/report.json")).isNotEmptyFile();
        CliRun second = CliRun.of("monitor", "run", "--model", model, "--name", "income", "--log-dir", logs, "--once", "--window", "1d",
                "--alerts", config, "--state", state, "--out-dir", dir.resolve("reports")).succeeds();
        assertThat(second.out()).contains("0 new alert(s)");
        CliRun s = CliRun.of("monitor", "status", "--status", status).succeeds();
        assertThat(s.out()).contains("income", "critical");
    }

    @Test
    void monitorRunNamesAMissingLogFolder() {
        CliRun.of("monitor", "run", "--model", model, "--log-dir", dir.resolve("nope"), "--once").failsWith("nope");
        CliRun.of("monitor", "status", "--status", dir.resolve("absent.json")).failsWith("absent.json");
    }
}
