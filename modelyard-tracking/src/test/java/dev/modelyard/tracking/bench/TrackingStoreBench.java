package dev.modelyard.tracking.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelyard.core.json.Json;
import dev.modelyard.tracking.TrackingBackend;
import dev.modelyard.tracking.api.Metric;
import dev.modelyard.tracking.api.Param;
import dev.modelyard.tracking.api.RunSearch;
import dev.modelyard.tracking.api.TrackingStore;
import dev.modelyard.tracking.api.ViewType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Store-level benchmark (run by bench/run-tracking-store.sh):
 * (a) log-batch ingest with 8 threads, metric points/s, against raw JDBC batched inserts of the same rows into
 * a table of the same shape on the same disk or server ({@link RawJdbcIngest}), alternating for three rounds;
 * (b) search over 100k runs (10 params, 10 metrics each): three-clause filter + order_by, p50/p95 latency,
 * against the same queries without the (key, value, run_id) indexes (primary keys only, as in MLflow's schema).
 * Usage: TrackingStoreBench <work-dir> <out.json> [batches-per-thread] [runs] [postgres-url]
 */
public final class TrackingStoreBench {
    private static final int THREADS = 8;
    private static final int BATCH = 1000;

    private TrackingStoreBench() {}

    public static void main(String[] args) throws Exception {
        Path work = Files.createDirectories(Path.of(args[0]));
        Path out = Path.of(args[1]);
        int batchesPerThread = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 100_000;
        String pg = args.length > 4 && !args[4].isBlank() ? args[4] : null;

        ObjectNode result = Json.object();
        result.put("benchmark", "tracking-store");
        result.put("threads", THREADS);
        result.put("points_per_batch", BATCH);
        result.put("batches_per_thread", batchesPerThread);
        result.put("cores", Runtime.getRuntime().availableProcessors());
        result.put("java", System.getProperty("java.version"));
        // the machine is shared: rates, fsync cost above all, move with the load of other processes
        result.put("load_average_at_start", Files.readString(Path.of("/proc/loadavg")).trim());
        ArrayNode ingest = result.putArray("ingest");
        for (String sync : batchesPerThread > 0 ? List.of("FULL", "NORMAL") : List.<String>of()) {
            Path db = work.resolve("ingest-" + sync.toLowerCase() + ".db");
            deleteDb(db);
            ingest.add(ingest("sqlite (synchronous=" + sync + ")", "sqlite:" + db + "?synchronous=" + sync.toLowerCase(), work,
                    batchesPerThread, round -> RawJdbcIngest.sqlite(work.resolve("raw-" + sync.toLowerCase() + ".db"), sync, THREADS * batchesPerThread, round)));
        }
        if (pg != null && batchesPerThread > 0) {
            ingest.add(ingest("postgresql", pg, work, batchesPerThread, round -> RawJdbcIngest.postgres(pg, THREADS, batchesPerThread, round)));
            RawJdbcIngest.dropPostgres(pg);
        }
        Path searchDb = work.resolve("search.db");
        deleteDb(searchDb);
        // setup speed is not what is measured here: the search database is filled with synchronous=NORMAL
        if (runs > 0) {
            result.set("search", search("sqlite:" + searchDb + "?synchronous=normal", work, runs, searchDb));
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, Json.write(result) + "\n");
        System.out.println(Json.write(result));
    }

    private static ObjectNode ingest(String name, String uri, Path work, int batchesPerThread, RawJdbcIngest.RoundRate raw) throws Exception {
        try (TrackingBackend b = TrackingBackend.open(uri, work.resolve("artifacts"))) {
            TrackingStore s = b.tracking();
            String exp = s.createExperiment("ingest-" + System.nanoTime(), null, List.of());
            List<String> runIds = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                runIds.add(s.createRun(exp, "bench", null, System.currentTimeMillis(), List.of()).runId());
            }
            logBatches(s, runIds, 0, 2); // warm up the JIT and the connection
            return RawJdbcIngest.compare(name, "store", round -> {
                long t0 = System.nanoTime();
                logBatches(s, runIds, 2 + round * batchesPerThread, batchesPerThread);
                return (double) THREADS * batchesPerThread * BATCH / ((System.nanoTime() - t0) / 1e9);
            }, raw);
        }
    }

    /** Each thread logs to its own run: batches of 10 keys x 100 steps. */
    private static void logBatches(TrackingStore s, List<String> runIds, int from, int batches) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> fs = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                String run = runIds.get(t);
                fs.add(pool.submit(() -> {
                    long now = System.currentTimeMillis();
                    for (int b = from; b < from + batches; b++) {
                        s.logBatch(run, points(b, now), List.of(), List.of());
                    }
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

    private static final long STEP_BASE = 1_000_000;

    private static List<Metric> points(int batch, long now) {
        List<Metric> m = new ArrayList<>(BATCH);
        for (int k = 0; k < 10; k++) {
            for (int step = 0; step < 100; step++) {
                m.add(new Metric("metric_" + k, Math.sin(batch * 100 + step), now, STEP_BASE + batch * 100L + step));
            }
        }
        return m;
    }

    private record Query(String name, String filter, List<String> orderBy) {}

    private static ObjectNode search(String uri, Path work, int runs, Path db) throws Exception {
        ObjectNode n = Json.object();
        n.put("database", "sqlite");
        n.put("runs", runs);
        List<Query> queries = List.of(
                new Query("three_clause_metric_order", "metrics.m0 > 0.5 AND params.p0 = 'v%d' AND metrics.m1 < 0.8", List.of("metrics.m2 DESC")),
                new Query("or_in_param_order", "(params.p0 = 'v%d' OR params.p1 = 'v3') AND params.p2 IN ('v1', 'v2', 'v4') AND metrics.m3 > 0.2",
                        List.of("params.p3 ASC")),
                new Query("attribute_and_tag_order_start", "attributes.status = 'FINISHED' AND tags.group = 'g%d' AND metrics.m4 >= 0.25",
                        List.of("attributes.start_time DESC")));
        String exp;
        try (TrackingBackend b = TrackingBackend.open(uri, work.resolve("artifacts"))) {
            TrackingStore s = b.tracking();
            exp = s.createExperiment("search-" + System.nanoTime(), null, List.of());
            long t0 = System.nanoTime();
            populate(s, exp, runs);
            double secs = (System.nanoTime() - t0) / 1e9;
            n.put("populate_seconds", Math.round(secs * 10) / 10.0);
            System.out.printf("populated %,d runs (createRun + logBatch of 10 params, 10 metrics, 1 tag, status update) in %.1f s%n", runs, secs);
            n.set("with_indexes", measure(s, exp, queries));
        }
        // peer: same data, same queries, only primary keys (MLflow's schema has no (key, value) indexes)
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute("DROP INDEX latest_metrics_by_key_value");
            st.execute("DROP INDEX params_by_key_value");
            st.execute("DROP INDEX tags_by_key_value");
            st.execute("ANALYZE");
        }
        try (TrackingBackend b = TrackingBackend.open(uri, work.resolve("artifacts"))) {
            n.set("primary_keys_only_peer", measure(b.tracking(), exp, queries));
        }
        return n;
    }

    /** Many writers make large commit groups: setup is not what this benchmark measures. */
    private static final int POPULATE_THREADS = 64;

    private static void populate(TrackingStore s, String exp, int runs) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(POPULATE_THREADS);
        try {
            List<Future<?>> fs = new ArrayList<>();
            for (int t = 0; t < POPULATE_THREADS; t++) {
                int thread = t;
                fs.add(pool.submit(() -> {
                    Random r = new Random(thread);
                    for (int i = thread; i < runs; i += POPULATE_THREADS) {
                        String run = s.createRun(exp, "user" + (i % 7), null, 1_600_000_000_000L + i * 1000L, List.of()).runId();
                        List<Metric> metrics = new ArrayList<>();
                        List<Param> params = new ArrayList<>();
                        for (int k = 0; k < 10; k++) {
                            metrics.add(new Metric("m" + k, r.nextDouble(), 1, 0));
                            params.add(new Param("p" + k, "v" + r.nextInt(10)));
                        }
                        s.logBatch(run, metrics, params, List.of(new dev.modelyard.tracking.api.Tag("group", "g" + r.nextInt(10))));
                        s.updateRun(run, dev.modelyard.tracking.api.RunStatus.FINISHED, 1_600_000_000_000L + i * 1000L + 500, null);
                    }
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

    private static ArrayNode measure(TrackingStore s, String exp, List<Query> queries) {
        ArrayNode out = Json.array();
        for (Query q : queries) {
            int warmup = 5;
            int iterations = 40;
            double[] ms = new double[iterations];
            int matched = 0;
            for (int i = 0; i < warmup + iterations; i++) {
                String filter = q.filter().contains("%d") ? String.format(q.filter(), i % 10) : q.filter();
                long t0 = System.nanoTime();
                int n = s.searchRuns(new RunSearch(List.of(exp), filter, ViewType.ACTIVE_ONLY, 100, q.orderBy(), null)).items().size();
                if (i >= warmup) {
                    ms[i - warmup] = (System.nanoTime() - t0) / 1e6;
                    matched += n;
                }
            }
            Arrays.sort(ms);
            ObjectNode n = Json.object();
            n.put("query", q.name());
            n.put("filter", q.filter());
            n.put("order_by", String.join(", ", q.orderBy()));
            n.put("max_results", 100);
            n.put("p50_ms", Math.round(ms[iterations / 2] * 10) / 10.0);
            n.put("p95_ms", Math.round(ms[(int) Math.ceil(iterations * 0.95) - 1] * 10) / 10.0);
            n.put("mean_rows_returned", matched / iterations);
            out.add(n);
            System.out.printf("search %-32s p50 %7.1f ms  p95 %7.1f ms  (%d rows/page)%n", q.name(), ms[iterations / 2],
                    ms[(int) Math.ceil(iterations * 0.95) - 1], matched / iterations);
        }
        return out;
    }

    private static void deleteDb(Path db) throws Exception {
        for (String suffix : List.of("", "-wal", "-shm")) {
            Files.deleteIfExists(Path.of(db + suffix));
        }
    }
}
