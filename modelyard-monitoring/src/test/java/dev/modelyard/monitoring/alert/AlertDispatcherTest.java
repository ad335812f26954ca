package dev.modelyard.monitoring.alert;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.modelyard.core.json.Json;
import dev.modelyard.monitoring.result.Alert;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlertDispatcherTest {
    private static final Alert PSI = new Alert("psi_critical", "critical", "2012-03", "PSI of 'age' is 0.3", 0.3, 0.2);
    private static final Alert DRIFT = new Alert("dataset_drift", "critical", "2012-03", "2 of 3 drifted", 0.67, Double.NaN);
    private static final Alert NEXT = new Alert("psi_critical", "critical", "2012-04", "PSI of 'age' is 0.4", 0.4, 0.2);

    @TempDir Path dir;
    private HttpServer server;
    private final List<String> bodies = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private URI receiver(int status) throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", ex -> {
            bodies.add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8) + " " + ex.getRequestHeaders().getFirst("Content-Type"));
            ex.sendResponseHeaders(status, -1);
            ex.close();
        });
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
    }

    @Test
    void stateKeepsTheSameWindowFromAlertingTwiceAcrossDispatchers() throws Exception {
        Path state = dir.resolve("state/alerts-state.json");
        AlertConfig c = new AlertConfig(List.of(), List.of(new AlertSink.Log()));
        assertThat(new AlertDispatcher(c, state).dispatch("income", List.of(PSI, DRIFT))).containsExactly(PSI, DRIFT);
        AlertDispatcher second = new AlertDispatcher(c, state);
        assertThat(second.dispatch("income", List.of(PSI, DRIFT, NEXT))).containsExactly(NEXT);
        assertThat(second.dispatch("income", List.of(NEXT))).isEmpty();
        assertThat(second.dispatch("churn", List.of(PSI))).containsExactly(PSI); // another model is another key
        assertThat(Files.exists(state)).isTrue();
        try (var files = Files.list(state.getParent())) {
            assertThat(files).hasSize(1); // no temporary file left behind
        }
        AlertDispatcher inMemory = new AlertDispatcher(c, null);
        assertThat(inMemory.dispatch("income", List.of(PSI))).containsExactly(PSI);
        assertThat(inMemory.dispatch("income", List.of(PSI))).isEmpty();
    }

    @Test
    void webhookReceivesTheNewAlertsAsJsonAndStatusFileRecordsThem() throws Exception {
        URI url = receiver(204);
        Path status = dir.resolve("status.json");
        AlertConfig c = new AlertConfig(List.of(), List.of(new AlertSink.Webhook(url, Duration.ofSeconds(5)), new AlertSink.Status(status)));
        AlertDispatcher d = new AlertDispatcher(c, dir.resolve("state.json"));
        d.dispatch("income", List.of(PSI, DRIFT));
        d.dispatch("income", List.of(PSI)); // nothing new: no second POST

        assertThat(bodies).hasSize(1);
        String[] parts = bodies.get(0).split(" application/");
        assertThat(parts[1]).isEqualTo("json");
        JsonNode body = Json.read(parts[0]);
        assertThat(body.get("model").asText()).isEqualTo("income");
        assertThat(body.get("alerts")).hasSize(2);
        JsonNode first = body.get("alerts").get(0);
        assertThat(first.get("rule").asText()).isEqualTo("psi_critical");
        assertThat(first.get("window").asText()).isEqualTo("2012-03");
        assertThat(first.get("value").asDouble()).isEqualTo(0.3);
        assertThat(body.get("alerts").get(1).get("threshold").isNull()).isTrue(); // NaN → null

        var s = StatusFile.read(status).get("income");
        assertThat(s.alerts()).containsExactly(PSI, DRIFT);
        assertThat(s.lastAlert()).isNotNull();
        assertThat(s.checked()).isAfterOrEqualTo(s.lastAlert());
    }

    @Test
    void aFailingWebhookDoesNotStopTheOtherSinks() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        URI refused = URI.create("http://127.0.0.1:" + closedPort + "/hook");
        URI failing = receiver(500);
        Path status = dir.resolve("status.json");
        AlertConfig c = new AlertConfig(List.of(), List.of(new AlertSink.Webhook(refused, Duration.ofSeconds(2)),
                new AlertSink.Webhook(failing, Duration.ofSeconds(2)), new AlertSink.Log(), new AlertSink.Status(status)));
        List<Alert> fired = new AlertDispatcher(c, dir.resolve("state.json")).dispatch("income", List.of(PSI));
        assertThat(fired).containsExactly(PSI);
        assertThat(bodies).hasSize(1);
        assertThat(StatusFile.read(status).get("income").alerts()).containsExactly(PSI);
    }
}
