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
 * DataReader used for CSV before it had its own reader). The two alternate rep by rep so that load from other work on
 * the machine hits both alike; each reports its best rep after a warm-up, in wall and in process CPU
 * seconds (the JVM's own GC and JIT threads included). Prints one JSON object per
 * file on stdout; bench/run-ingest.sh adds pandas and writes the results.
 * Usage: IngestBench [-Dreps=N] FILE...  (paths relative to the datasets folder)
 */
public final class IngestBench {
    public static void main(String[] args) throws Exception {
        Path root = BenchSupport.datasets();
        int reps = Integer.getInteger("reps", 5);
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
            for (int rep = 0; rep <= reps; rep++) {          // rep 0 warms up the JIT and the page cache
                double c0 = BenchSupport.cpuSeconds();
                double s = BenchSupport.time(() -> {
                    Frame f = DataReader.read(file);
                    rows[0] = f.rowCount();
                    columns[0] = f.columnCount();
                });
                double c1 = BenchSupport.cpuSeconds();
                double d = BenchSupport.time(() -> duckRows[0] = duckRead(file));
                double c2 = BenchSupport.cpuSeconds();
                if (rep > 0) {
                    ours = Math.min(ours, s);
                    duck = Math.min(duck, d);
                    oursCpu = Math.min(oursCpu, c1 - c0);
                    duckCpu = Math.min(duckCpu, c2 - c1);
                }
            }
            if (duckRows[0] != rows[0]) {
                throw new IllegalStateException(rel + ": DataReader read " + rows[0] + " rows, DuckDB " + duckRows[0]);
            }
            System.out.printf(Locale.ROOT, "{\"file\":\"%s\",\"rows\":%d,\"columns\":%d,\"reps\":%d,"
                            + "\"modelyard_s\":%.4f,\"modelyard_rows_per_s\":%.0f,\"duckdb_s\":%.4f,\"duckdb_rows_per_s\":%.0f,"
                            + "\"ratio_vs_duckdb\":%.3f,\"modelyard_cpu_s\":%.3f,\"duckdb_cpu_s\":%.3f,\"load_before\":%.2f,\"load_after\":%.2f}%n",
                    rel, rows[0], columns[0], reps, ours, rows[0] / ours, duck, rows[0] / duck, duck / ours,
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
