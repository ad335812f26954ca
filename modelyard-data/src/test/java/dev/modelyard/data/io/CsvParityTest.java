package dev.modelyard.data.io;

import dev.modelyard.core.frame.Frame;
import dev.modelyard.core.testing.Datasets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Every CSV among the real datasets reads exactly as DuckDB's tokenization of it, typed by our rules. */
@Tag("realdata")
class CsvParityTest {
    @TempDir Path work;

    @Test
    void everyRealCsvMatchesDuckDbFieldForField() throws Exception {
        Datasets.require("adult/adult_train.csv.gz");
        Path root = Datasets.root();
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(p -> p.getFileName().toString().matches(".*\\.(csv|tsv)(\\.gz)?$")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(10);
        for (Path p : files) {
            long t0 = System.nanoTime();
            Frame ours = DataReader.read(p);
            long t1 = System.nanoTime();
            Frame reference = DuckTokenized.read(p, p.toString().contains(".tsv") ? '\t' : ',', work);
            DuckTokenized.assertSame(ours, reference, root.relativize(p).toString());
            System.out.printf("%-55s %8d rows %4d columns  read in %6.1f ms: same as DuckDB's fields%n",
                    root.relativize(p), ours.rowCount(), ours.columnCount(), (t1 - t0) / 1e6);
        }
    }
}
