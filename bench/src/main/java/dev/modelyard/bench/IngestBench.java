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
 * CSV → Frame throughput against DuckDB's own read of the same file into a DuckDB table (its ceiling
 * here). Prints one JSON object per file on stdout; bench/run-ingest.sh adds pandas and writes results.
 * Usage: IngestBench FILE...  (paths relative to the datasets folder)
 */
public final class IngestBench {
    public static void main(String[] args) throws Exception {
        Path root = BenchSupport.datasets();
        for (String rel : args) {
            Path file = root.resolve(rel);
            int rows = 0;
            double best = Double.MAX_VALUE;
            for (int rep = 0; rep < 4; rep++) {      // first rep warms up the JIT and the page cache
                long t0 = System.nanoTime();
                Frame f = DataReader.read(file);
                double s = (System.nanoTime() - t0) / 1e9;
                rows = f.rowCount();
                if (rep > 0) {
                    best = Math.min(best, s);
                }
            }
            double duck = Double.MAX_VALUE;
            for (int rep = 0; rep < 4; rep++) {
                try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
                    long t0 = System.nanoTime();
                    st.execute("CREATE TABLE t AS SELECT * FROM read_csv('" + file.toString().replace("'", "''") + "')");
                    try (ResultSet rs = st.executeQuery("SELECT count(*) FROM t")) {
                        rs.next();
                    }
                    double s = (System.nanoTime() - t0) / 1e9;
                    if (rep > 0) {
                        duck = Math.min(duck, s);
                    }
                }
            }
            System.out.printf(Locale.ROOT, "{\"file\":\"%s\",\"rows\":%d,\"modelyard_s\":%.4f,\"modelyard_rows_per_s\":%.0f,"
                            + "\"duckdb_s\":%.4f,\"duckdb_rows_per_s\":%.0f,\"ratio_vs_duckdb\":%.3f}%n",
                    rel, rows, best, rows / best, duck, rows / duck, duck / best);
        }
    }
}
