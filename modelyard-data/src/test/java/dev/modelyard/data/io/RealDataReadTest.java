package dev.modelyard.data.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelyard.core.frame.CategoricalColumn;
import dev.modelyard.core.frame.ColumnType;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.core.testing.Datasets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("realdata")
class RealDataReadTest {
    @Test
    void adult() {
        Path file = Datasets.require("adult/adult_train.csv.gz");
        Frame f = DataReader.read(file);
        assertThat(f.rowCount()).isEqualTo(32_561);
        assertThat(f.columnCount()).isEqualTo(15);
        assertThat(f.column("age").type()).isEqualTo(ColumnType.LONG);
        assertThat(f.column("income", CategoricalColumn.class).levels()).containsExactlyInAnyOrder("<=50K", ">50K");
        System.out.print(SchemaPrinter.render(f));
    }

    @Test
    void covertypeSpeed() throws Exception {
        Path file = Datasets.require("covertype/covertype_binary_full.csv.gz");
        long t0 = System.nanoTime();
        Frame f = DataReader.read(file);
        double ours = (System.nanoTime() - t0) / 1e9;
        assertThat(f.rowCount()).isEqualTo(581_012);
        assertThat(f.columnCount()).isEqualTo(55);
        // Report-only comparison: DuckDB scanning the same file with no transfer to Java.
        double count;
        double sum;
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            long a = System.nanoTime();
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM read_csv('" + file + "', header=true)")) {
                rs.next();
            }
            count = (System.nanoTime() - a) / 1e9;
            StringBuilder sums = new StringBuilder();
            for (String name : f.schema().names()) {
                sums.append(sums.isEmpty() ? "" : ", ").append("sum(\"").append(name).append("\")");
            }
            a = System.nanoTime();
            try (ResultSet rs = s.executeQuery("SELECT " + sums + " FROM read_csv('" + file + "', header=true)")) {
                rs.next();
            }
            sum = (System.nanoTime() - a) / 1e9;
        }
        System.out.printf("covertype: DataReader %.2fs (%.0f rows/s); DuckDB count(*) %.2fs, sum of every column %.2fs%n",
                ours, f.rowCount() / ours, count, sum);
    }
}
