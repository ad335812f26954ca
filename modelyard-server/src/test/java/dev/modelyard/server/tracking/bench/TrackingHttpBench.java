package dev.modelyard.server.tracking.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelyard.core.json.Json;
import dev.modelyard.server.tracking.TrackingServer;
import dev.modelyard.server.tracking.TrackingServerOptions;
import dev.modelyard.tracking.bench.RawJdbcIngest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The tracking server over HTTP (bench/run-tracking.sh): log-batch ingest with 8 client threads (1,000 points per
 * request) against the raw JDBC batched-insert rate of the same database ({@link RawJdbcIngest}), the two alternating
 * for three rounds in this process (medians reported; the in-process store rate from {@code TrackingStoreBench}'s
 * JSON is carried along), and search over N runs (10 params, 10 metrics each) with a
 * three-clause filter and order_by, p50/p95 over HTTP next to the same query called on the store in-process.
 * Ingest is sent over plain keep-alive sockets ({@link KeepAliveClient}), so the load generator leaves the two cores
 * to the server. Args: work-dir out.json batches-per-thread runs store-bench.json [postgres-url]
 */
public final class TrackingHttpBench {
    private static final int THREADS = 8;
    private static final int POINTS = 1000;
    private static final int POPULATE_THREADS = 16;
    private static final String FILTER = "metrics.m0 > 0.5 AND params.p0 = 'v%d' AND metrics.m1 < 0.8";
    private static final String ORDER = "metrics.m2 DESC";

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private TrackingHttpBench() {}

    public static void main(String[] args) throws Exception {
        Path work = Files.createDirectories(Path.of(args[0]));
        Path out = Path.of(args[1]);
        int batches = Integer.parseInt(args[2]);
        int runs = Integer.parseInt(args[3]);
        JsonNode store = Files.exists(Path.of(args[4])) ? Json.read(Files.readString(Path.of(args[4]))) : Json.object();
        String pg = args.length > 5 && !args[5].isBlank() ? args[5] : null;
        TrackingHttpBench bench = new TrackingHttpBench();

        ObjectNode result = Json.object();
        result.put("benchmark", "tracking-http");
        result.put("client_threads", THREADS);
        result.put("points_per_request", POINTS);
        result.put("requests_per_thread", batches);
        result.put("cores", Runtime.getRuntime().availableProcessors());
        result.put("java", System.getProperty("java.version"));
        ArrayNode ingest = result.putArray("ingest");
        for (String sync : List.of("FULL", "NORMAL")) {
            // FULL (the default) survives power loss; NORMAL (WAL) survives a killed process, the durability test's case.
            String database = "sqlite (synchronous=" + sync + ")";
            String lower = sync.toLowerCase(java.util.Locale.ROOT);
            ingest.add(bench.ingest(database, "sqlite:" + work.resolve("ingest-" + lower + ".db") + "?synchronous=" + lower, work, batches,
                    storeResult(store, database), round -> RawJdbcIngest.sqlite(work.resolve("raw-" + lower + ".db"), sync, THREADS * batches, round)));
        }
        if (pg != null) {
            ingest.add(bench.ingest("postgresql", pg, work, batches, storeResult(store, "postgresql"),
                    round -> RawJdbcIngest.postgres(pg, THREADS, batches, round)));
            RawJdbcIngest.dropPostgres(pg);
        }
        result.set("search", bench.search("sqlite:" + work.resolve("search.db") + "?synchronous=normal", work, runs));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, Json.write(result) + "\n");
        System.out.println(Json.write(result));
    }

    private static JsonNode storeResult(JsonNode store, String database) {
        for (JsonNode n : store.path("ingest")) {
            if (n.path("database").asText().equals(database)) {
                return n;
            }
        }
        return Json.object();
    }

    private ObjectNode ingest(String name, String uri, Path work, int batches, JsonNode store, RawJdbcIngest.RoundRate raw) throws Exception {
        try (TrackingServer server = TrackingServer.start(TrackingServerOptions.local(0, uri, work.resolve("artifacts")))) {
            String base = server.uri() + "/api/2.0/mlflow/";
            String exp = post(base + "experiments/create", "{\"name\":\"ingest-" + System.nanoTime() + "\"}").get("experiment_id").asText();
            List<String> runs = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                runs.add(post(base + "runs/create", "{\"experiment_id\":\"" + exp + "\"}").at("/run/info/run_id").asText());
            }
            send(base, bodies(runs, 0, 2)); // warm up JIT and the writer
            ObjectNode n = RawJdbcIngest.compare(name, "http", round -> {
                List<List<byte[]>> bodies = bodies(runs, 2 + round * batches, batches);
                long t0 = System.nanoTime();
                send(base, bodies);
                return (double) THREADS * batches * POINTS / ((System.nanoTime() - t0) / 1e9);
            }, raw);
            n.put("store_in_process_points_per_s", store.path("store_log_batch_points_per_s").asLong());
            return n;
        }
    }

    /** Each thread logs to its own run: 10 keys x 100 steps per request, bodies encoded before the clock starts. */
    private static List<List<byte[]>> bodies(List<String> runs, int from, int count) {
        List<List<byte[]>> bodies = new ArrayList<>();
        for (String run : runs) {
            List<byte[]> mine = new ArrayList<>();
            for (int b = from; b < from + count; b++) {
                mine.add(batch(run, b).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            bodies.add(mine);
        }
        return bodies;
    }

    /** Each thread posts its bodies in turn over its own keep-alive connection. */
    private static void send(String base, List<List<byte[]>> bodies) throws Exception {
        run(THREADS, t -> {
            try (KeepAliveClient client = new KeepAliveClient(URI.create(base + "runs/log-batch"))) {
                for (byte[] body : bodies.get(t)) {
                    client.post(body);
                }
            }
        });
    }

    private static String batch(String run, int b) {
        StringBuilder sb = new StringBuilder(64 * POINTS).append("{\"run_id\":\"").append(run).append("\",\"metrics\":[");
        for (int k = 0; k < 10; k++) {
            for (int step = 0; step < POINTS / 10; step++) {
                sb.append(k + step == 0 ? "" : ",").append("{\"key\":\"metric_").append(k).append("\",\"value\":")
                        .append(Math.sin(b * 100 + step)).append(",\"timestamp\":1700000000000,\"step\":").append(b * 100L + step).append('}');
            }
        }
        return sb.append("]}").toString();
    }

    private ObjectNode search(String uri, Path work, int runs) throws Exception {
        ObjectNode n = Json.object();
        n.put("database", "sqlite");
        n.put("runs", runs);
        n.put("filter", FILTER);
        n.put("order_by", ORDER);
        n.put("max_results", 100);
        try (TrackingServer server = TrackingServer.start(TrackingServerOptions.local(0, uri, work.resolve("artifacts")))) {
            String base = server.uri() + "/api/2.0/mlflow/";
            String exp = post(base + "experiments/create", "{\"name\":\"search-" + System.nanoTime() + "\"}").get("experiment_id").asText();
            long t0 = System.nanoTime();
            populate(base, exp, runs);
            n.put("populate_seconds_over_http", Math.round((System.nanoTime() - t0) / 1e8) / 10.0);
            double[] http = measure(i -> post(base + "runs/search", "{\"experiment_ids\":[\"" + exp + "\"],\"filter\":"
                    + Json.mapper().writeValueAsString(String.format(FILTER, i % 10)) + ",\"order_by\":[\"" + ORDER + "\"],\"max_results\":100}"));
            var store = server.backend().tracking();
            double[] direct = measure(i -> store.searchRuns(new dev.modelyard.tracking.api.RunSearch(List.of(exp),
                    String.format(FILTER, i % 10), dev.modelyard.tracking.api.ViewType.ACTIVE_ONLY, 100, List.of(ORDER), null)));
            n.put("http_p50_ms", http[0]);
            n.put("http_p95_ms", http[1]);
            n.put("store_in_process_p50_ms", direct[0]);
            n.put("store_in_process_p95_ms", direct[1]);
            System.out.printf("search over %,d runs: HTTP p50 %.1f ms p95 %.1f ms; store in-process p50 %.1f ms p95 %.1f ms%n",
                    runs, http[0], http[1], direct[0], direct[1]);
        }
        return n;
    }

    /** Runs with 10 params, 10 metrics and a tag each, FINISHED: create, log-batch, update over HTTP. */
    private void populate(String base, String exp, int runs) throws Exception {
        run(POPULATE_THREADS, t -> {
            Random r = new Random(t);
            for (int i = t; i < runs; i += POPULATE_THREADS) {
                String run = post(base + "runs/create", "{\"experiment_id\":\"" + exp + "\",\"start_time\":" + (1_600_000_000_000L + i * 1000L)
                        + ",\"tags\":[{\"key\":\"group\",\"value\":\"g" + r.nextInt(10) + "\"}]}").at("/run/info/run_id").asText();
                StringBuilder sb = new StringBuilder("{\"run_id\":\"" + run + "\",\"metrics\":[");
                for (int k = 0; k < 10; k++) {
                    sb.append(k == 0 ? "" : ",").append("{\"key\":\"m").append(k).append("\",\"value\":").append(r.nextDouble()).append(",\"timestamp\":1}");
                }
                sb.append("],\"params\":[");
                for (int k = 0; k < 10; k++) {
                    sb.append(k == 0 ? "" : ",").append("{\"key\":\"p").append(k).append("\",\"value\":\"v").append(r.nextInt(10)).append("\"}");
                }
                post(base + "runs/log-batch", sb.append("]}").toString());
                post(base + "runs/update", "{\"run_id\":\"" + run + "\",\"status\":\"FINISHED\",\"end_time\":" + (1_600_000_000_500L + i * 1000L) + "}");
            }
        });
    }

    private interface Query {
        Object run(int i) throws Exception;
    }

    /** p50 and p95 in ms over 40 timed calls after 5 warm-up calls. */
    private static double[] measure(Query q) throws Exception {
        int warmup = 5;
        int iterations = 40;
        double[] ms = new double[iterations];
        for (int i = 0; i < warmup + iterations; i++) {
            long t0 = System.nanoTime();
            q.run(i);
            if (i >= warmup) {
                ms[i - warmup] = (System.nanoTime() - t0) / 1e6;
            }
        }
        Arrays.sort(ms);
        return new double[] {Math.round(ms[iterations / 2] * 10) / 10.0, Math.round(ms[(int) Math.ceil(iterations * 0.95) - 1] * 10) / 10.0};
    }

    private interface Work {
        void run(int thread) throws Exception;
    }

    private static void run(int threads, Work work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> fs = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                fs.add(pool.submit(() -> {
                    work.run(thread);
                    return null;
                }));
            }
            for (Future<?> f : fs) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private JsonNode post(String url, String json) throws IOException, InterruptedException {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " -> " + r.statusCode() + ": " + r.body());
        }
        return Json.read(r.body());
    }
}
