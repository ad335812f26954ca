package dev.modelyard.data.io;

import dev.modelyard.core.frame.Column;
import dev.modelyard.core.frame.Frame;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The independent reference for {@link CsvReader}: DuckDB splits the file into fields (every column as text),
 * writes them to Parquet, and {@link DataReader} types that text with the same rules. A frame equal to this one
 * means our tokenizer found the same fields as DuckDB's and the types and values followed.
 */
final class DuckTokenized {
    private DuckTokenized() {}

    static Frame read(Path csv, char delim, Path work) throws Exception {
        Path parquet = work.resolve(csv.getFileName() + ".ref.parquet");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("COPY (SELECT * FROM read_csv('" + csv.toString().replace("'", "''") + "', header=true, all_varchar=true, delim='"
                    + (delim == '\t' ? "\t" : String.valueOf(delim)) + "', quote='\"', escape='\"', strict_mode=true, null_padding=false))"
                    + " TO '" + parquet.toString().replace("'", "''") + "' (FORMAT parquet)");
        }
        return DataReader.read(parquet);
    }

    /** Same schema, and every cell the same (as text, null for null). */
    static void assertSame(Frame ours, Frame reference, String what) {
        assertThat(ours.schema()).as(what + ": schema").isEqualTo(reference.schema());
        assertThat(ours.rowCount()).as(what + ": rows").isEqualTo(reference.rowCount());
        for (int j = 0; j < ours.columnCount(); j++) {
            Column a = ours.column(j);
            Column b = reference.column(j);
            for (int i = 0; i < ours.rowCount(); i++) {
                if (a.isNull(i) != b.isNull(i) || (!a.isNull(i) && !a.getString(i).equals(b.getString(i)))) {
                    throw new AssertionError(what + ": column '" + a.name() + "' row " + i + ": ours "
                            + (a.isNull(i) ? "null" : "'" + a.getString(i) + "'") + ", reference " + (b.isNull(i) ? "null" : "'" + b.getString(i) + "'"));
                }
            }
        }
    }
}
