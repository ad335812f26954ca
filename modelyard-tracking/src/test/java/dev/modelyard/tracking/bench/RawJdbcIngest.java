package dev.modelyard.tracking.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelyard.core.json.Json;
import dev.modelyard.tracking.store.BackendUri;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The ingest benchmarks' peer and limit: raw JDBC batched inserts of metric points (10 keys x 100 steps per batch,
 * commit per batch, as each acknowledged log-batch must be) into a table shaped like {@code metrics}. Rounds append
 * to the same table under fresh run ids, so repeated rounds grow it as the measured store grows its own.
 */
public final class RawJdbcIngest {
    /** Points per batch: 10 keys x 100 steps. */
    public static final int BATCH = 1000;
    private static final String TABLE = "bench_raw_metrics";

    /** Measured side and peer alternate for this many rounds; medians are reported, as the shared disk's fsync cost drifts. */
    public static final int ROUNDS = 3;

    private RawJdbcIngest() {}

    /** A rate, in points/s, measured in one round. */
    public interface RoundRate {
        double pointsPerSecond(int round) throws Exception;
    }

    /**
     * Alternates the measured side and the peer for {@link #ROUNDS} rounds and returns the medians, their ratio and
     * every round's rate under {@code side}-prefixed names ("store", "http"); prints a one-line summary.
     */
    public static ObjectNode compare(String database, String side, RoundRate measured, RoundRate peer) throws Exception {
        double[] rates = new double[ROUNDS];
        double[] raws = new double[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            rates[round] = measured.pointsPerSecond(round);
            raws[round] = peer.pointsPerSecond(round);
        }
        double rate = median(rates);
        double raw = median(raws);
        ObjectNode n = Json.object();
        n.put("database", database);
        n.put(side + "_log_batch_points_per_s", Math.round(rate));
        n.put("raw_jdbc_batched_insert_points_per_s", Math.round(raw));
        n.put(side + "_vs_raw", Math.round(rate / raw * 1000) / 1000.0);
        n.set(side + "_rounds_points_per_s", rounded(rates));
        n.set("raw_rounds_points_per_s", rounded(raws));
        System.out.printf("ingest %-32s %-5s %,10.0f points/s   raw JDBC %,10.0f points/s   (%.0f%%)%n", database, side, rate, raw, 100 * rate / raw);
        return n;
    }

    private static double median(double[] rates) {
        double[] sorted = rates.clone();
        java.util.Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static ArrayNode rounded(double[] rates) {
        ArrayNode a = Json.array();
        for (double r : rates) {
            a.add(Math.round(r));
        }
        return a;
    }

    /** SQLite has one writer: one connection inserts all {@code batches}; returns points/s. */
    public static double sqlite(Path db, String sync, int batches, int round) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA journal_mode=WAL");
                st.execute("PRAGMA synchronous=" + sync);
                st.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (run_id INTEGER NOT NULL, key TEXT NOT NULL, step INTEGER NOT NULL,"
                        + " timestamp INTEGER NOT NULL, value REAL NOT NULL, is_nan INTEGER NOT NULL,"
                        + " PRIMARY KEY (run_id, key, step, timestamp, value, is_nan)) WITHOUT ROWID");
            }
            c.setAutoCommit(false);
            long t0 = System.nanoTime();
            insert(c, round, batches);
            return (double) batches * BATCH / ((System.nanoTime() - t0) / 1e9);
        }
    }

    /** PostgreSQL takes concurrent writers: {@code threads} connections, each inserting its share; returns points/s. */
    public static double postgres(String uri, int threads, int batchesPerThread, int round) throws Exception {
        BackendUri.Postgres pg = (BackendUri.Postgres) BackendUri.parse(uri);
        try (Connection c = connect(pg); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (run_id BIGINT NOT NULL, key TEXT NOT NULL, step BIGINT NOT NULL,"
                    + " timestamp BIGINT NOT NULL, value DOUBLE PRECISION NOT NULL, is_nan BIGINT NOT NULL,"
                    + " PRIMARY KEY (run_id, key, step, timestamp, value, is_nan))");
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long t0 = System.nanoTime();
        try {
            List<Future<?>> fs = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int run = round * threads + t;
                fs.add(pool.submit(() -> {
                    try (Connection c = connect(pg)) {
                        c.setAutoCommit(false);
                        insert(c, run, batchesPerThread);
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
        return (double) threads * batchesPerThread * BATCH / ((System.nanoTime() - t0) / 1e9);
    }

    /** Drops the peer's table from a PostgreSQL database (a SQLite file goes with its folder). */
    public static void dropPostgres(String uri) throws SQLException {
        try (Connection c = connect((BackendUri.Postgres) BackendUri.parse(uri)); Statement st = c.createStatement()) {
            st.execute("DROP TABLE IF EXISTS " + TABLE);
        }
    }

    private static Connection connect(BackendUri.Postgres pg) throws SQLException {
        return DriverManager.getConnection(pg.jdbcUrl(), pg.user(), pg.password());
    }

    private static void insert(Connection c, long runId, int batches) throws SQLException {
        long now = System.currentTimeMillis();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + TABLE + " (run_id, key, step, timestamp, value, is_nan)"
                + " VALUES (?, ?, ?, ?, ?, 0)")) {
            for (int b = 0; b < batches; b++) {
                for (int k = 0; k < 10; k++) {
                    for (int step = 0; step < 100; step++) {
                        ps.setLong(1, runId);
                        ps.setString(2, "metric_" + k);
                        ps.setLong(3, b * 100L + step);
                        ps.setLong(4, now);
                        ps.setDouble(5, Math.sin(b * 100 + step));
                        ps.addBatch();
                    }
                }
                ps.executeBatch();
                c.commit();
            }
        }
    }
}
