package dev.modelyard.bench;

import dev.modelyard.core.frame.Frame;
import dev.modelyard.data.io.DataReader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;

/**
 * CSV → Frame throughput against DuckDB's own read of the same file into a DuckDB table (the engine
 * DataReader used for CSV before it had its own reader). Each side reads in blocks of back-to-back reps (as
 * pandas does in its own loop), the blocks alternating over two rounds so that load from other work on the
 * machine hits both alike; each reports its best rep, in wall and in process CPU seconds (the JVM's own
 * GC and JIT threads included). Our reader is first timed once cold (the first read in the JVM, as a one-shot
 * CLI run sees it), then warmed up for the JIT before the timed reps. Prints one JSON object per file on
 * stdout; bench/run-ingest.sh adds pandas and writes the results.
 * Usage: IngestBench [-Dreps=N] [-DwarmupSeconds=S] FILE...  (paths relative to the datasets folder)
 */
public final class IngestBench {
    public static void main(String[] args) throws Exception {
        Path root = BenchSupport.datasets();
        int reps = Integer.getInteger("reps", 5);
        double warmupSeconds = Double.parseDouble(System.getProperty("warmupSeconds", "3"));
        for (String rel : args) {
            Path file = root.resolve(rel);
            int[] rows = new int[1];
            int[] columns = new int[1];
            long[] duckRows = new long[1];
            double ours = Double.MAX_VALUE;
            double duck = Double.MAX_VALUE;
            double oursCpu = Double.MAX_VALUE;
            double duckCpu = Double.MAX_VALUE;
            double load = BenchSupport.loadAverage();
            // The first read in a fresh JVM (interpreted and C1 code, class loading): what a one-shot CLI run sees.
            double first = BenchSupport.time(() -> rows[0] = DataReader.read(file).rowCount());
            // Let the JIT compile the reader, as JMH would: at least 10 reads and warmupSeconds of them.
            long until = System.nanoTime() + (long) (warmupSeconds * 1e9);
            for (int w = 0; w < 10 || System.nanoTime() < until; w++) {
                DataReader.read(file);
            }
            duckRows[0] = duckRead(file);                    // warms up DuckDB and the page cache
            // Two rounds, each a block of back-to-back reads per side (as pandas reads in its own loop), so that
            // load from other work on the machine hits both sides alike.
            for (int round = 0; round < 2; round++) {
                for (int rep = 0; rep < reps; rep++) {
                    double c0 = BenchSupport.cpuSeconds();
                    double s = BenchSupport.time(() -> {
                        Frame f = DataReader.read(file);
                        rows[0] = f.rowCount();
                        columns[0] = f.columnCount();
                    });
                    ours = Math.min(ours, s);
                    oursCpu = Math.min(oursCpu, BenchSupport.cpuSeconds() - c0);
                }
                for (int rep = 0; rep < reps; rep++) {
                    double c0 = BenchSupport.cpuSeconds();
                    double d = BenchSupport.time(() -> duckRows[0] = duckRead(file));
                    duck = Math.min(duck, d);
                    duckCpu = Math.min(duckCpu, BenchSupport.cpuSeconds() - c0);
                }
            }
            if (duckRows[0] != rows[0]) {
                throw new IllegalStateException(rel + ": DataReader read " + rows[0] + " rows, DuckDB " + duckRows[0]);
            }
            System.out.printf(Locale.ROOT, "{\"file\":\"%s\",\"rows\":%d,\"columns\":%d,\"reps\":%d,"
                            + "\"modelyard_first_read_s\":%.4f,\"modelyard_s\":%.4f,\"modelyard_rows_per_s\":%.0f,\"duckdb_s\":%.4f,\"duckdb_rows_per_s\":%.0f,"
                            + "\"ratio_vs_duckdb\":%.3f,\"modelyard_cpu_s\":%.3f,\"duckdb_cpu_s\":%.3f,\"load_before\":%.2f,\"load_after\":%.2f}%n",
                    rel, rows[0], columns[0], reps, first, ours, rows[0] / ours, duck, rows[0] / duck, duck / ours,
                    oursCpu, duckCpu, load, BenchSupport.loadAverage());
        }
    }

    /** DuckDB's own read: parse the whole file into an in-memory table, nothing handed to Java. */
    private static long duckRead(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE t AS SELECT * FROM read_csv('" + file.toString().replace("'", "''") + "')");
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM t")) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
