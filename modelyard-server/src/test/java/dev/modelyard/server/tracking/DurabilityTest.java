package dev.modelyard.server.tracking;

import com.fasterxml.jackson.databind.JsonNode;
import dev.modelyard.core.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The server runs as a separate process; 16 client threads each send 1,000 log-batch requests; the process is
 * SIGKILLed in the middle; after a restart on the same store every batch that was answered 200 is there.
 */
class DurabilityTest {
    private static final int THREADS = 16;
    private static final int BATCHES = 1000;
    private static final int METRICS_PER_BATCH = 2;
    private static final int KILL_AFTER_ACKS = THREADS * BATCHES / 3;

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path dir;

    @Test
    void acknowledgedBatchesSurviveSigkillOnSqlite() throws Exception {
        killAndVerify("sqlite:" + dir.resolve("durable.db"));
    }

    @Test
    void acknowledgedBatchesSurviveSigkillOnPostgres() throws Exception {
        String url = System.getenv("MODELYARD_TEST_POSTGRES_URL");
        assumeTrue(url != null && !url.isBlank(), "MODELYARD_TEST_POSTGRES_URL is not set: PostgreSQL durability test skipped");
        killAndVerify(url);
    }

    private void killAndVerify(String backend) throws Exception {
        Process server = startServer(backend, "first");
        List<Set<Integer>> acked = new ArrayList<>();
        List<String> runs = new ArrayList<>();
        AtomicInteger total = new AtomicInteger();
        try {
            String base = baseUri(server, "first");
            String exp = post(base, "experiments/create", "{\"name\":\"durability-" + System.nanoTime() + "\"}").get("experiment_id").asText();
            for (int t = 0; t < THREADS; t++) {
                runs.add(post(base, "runs/create", "{\"experiment_id\":\"" + exp + "\"}").at("/run/info/run_id").asText());
                acked.add(ConcurrentHashMap.newKeySet());
            }
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                threads.add(Thread.ofPlatform().start(() -> logUntilFailure(base, runs.get(thread), acked.get(thread), total)));
            }
            while (total.get() < KILL_AFTER_ACKS && threads.stream().anyMatch(Thread::isAlive)) {
                Thread.sleep(5);
            }
            server.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no flush
            server.waitFor();
            for (Thread th : threads) {
                th.join();
            }
        } finally {
            server.destroyForcibly();
        }
        assertThat(total.get()).isGreaterThanOrEqualTo(KILL_AFTER_ACKS).isLessThan(THREADS * BATCHES);

        Process restarted = startServer(backend, "second");
        try {
            String base = baseUri(restarted, "second");
            for (int t = 0; t < THREADS; t++) {
                for (int m = 0; m < METRICS_PER_BATCH; m++) {
                    JsonNode history = get(base, "metrics/get-history?max_results=25000&run_id=" + runs.get(t) + "&metric_key=m" + m);
                    Set<Integer> steps = new HashSet<>();
                    history.path("metrics").forEach(p -> steps.add(p.get("step").asInt()));
                    assertThat(steps).as("thread %d metric m%d", t, m).containsAll(acked.get(t));
                }
            }
        } finally {
            restarted.destroy();
            restarted.waitFor();
        }
    }

    /** Sends batches 0..999 for one run until the server stops answering; records the 200s. */
    private void logUntilFailure(String base, String run, Set<Integer> acked, AtomicInteger total) {
        for (int i = 0; i < BATCHES; i++) {
            StringBuilder body = new StringBuilder("{\"run_id\":\"" + run + "\",\"metrics\":[");
            for (int m = 0; m < METRICS_PER_BATCH; m++) {
                body.append(m == 0 ? "" : ",").append("{\"key\":\"m").append(m).append("\",\"value\":").append(i)
                        .append(",\"timestamp\":").append(1_700_000_000_000L + i).append(",\"step\":").append(i).append('}');
            }
            body.append("]}");
            try {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "/api/2.0/mlflow/runs/log-batch"))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    acked.add(i);
                    total.incrementAndGet();
                }
            } catch (IOException e) {
                return; // the server is gone
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private Process startServer(String backend, String name) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                TrackingServerProcess.class.getName(), backend, dir.resolve("artifacts").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve(name + ".log").toFile()).start();
    }

    private String baseUri(Process p, String name) throws Exception {
        Path log = dir.resolve(name + ".log");
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            for (String line : Files.readAllLines(log)) {
                if (line.startsWith("PORT ")) {
                    return "http://127.0.0.1:" + line.substring(5).trim();
                }
            }
            if (!p.isAlive()) {
                throw new AssertionError("server process exited: " + Files.readString(log));
            }
            Thread.sleep(50);
        }
        throw new AssertionError("server did not start: " + Files.readString(log));
    }

    private JsonNode post(String base, String path, String json) throws Exception {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "/api/2.0/mlflow/" + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Json.read(r.body());
    }

    private JsonNode get(String base, String pathAndQuery) throws Exception {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "/api/2.0/mlflow/" + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Json.read(r.body());
    }
}
