package dev.modelyard.evaluate.leakage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelyard.core.frame.Column;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.core.frame.LongColumn;
import dev.modelyard.core.testing.Datasets;
import dev.modelyard.scoring.api.Target;
import dev.modelyard.scoring.api.Task;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The checks on real Covertype data: all 581k rows × 54 features (the size they must handle in
 * seconds), where no single cartographic feature is a leak; and the 7-class sample, whose
 * {@code uci_row} column is a row key.
 */
@Tag("realdata")
class CovertypeLeakageTest {
    @Test
    void fullCovertypeHasNoLeaksAndIsCheckedQuickly() throws IOException {
        Frame all = readIntegerCsv(Datasets.require("covertype/covertype_binary_full.csv.gz"));
        Target target = binaryTarget(all, "is_lodgepole_pine");
        Frame features = all.without("is_lodgepole_pine");
        assertThat(features.columnCount()).isEqualTo(54);

        long start = System.nanoTime();
        List<LeakageFinding> findings = LeakageChecks.run(features, target, LeakageOptions.defaults());
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("leakage checks on %d rows x %d features: %.2f s, %d findings%n",
                features.rowCount(), features.columnCount(), seconds, findings.size());

        assertThat(findings).noneMatch(f -> f.kind().equals(LeakageFinding.TARGET_PROXY));
        assertThat(findings).noneMatch(f -> f.kind().equals(LeakageFinding.ID_LIKE));
    }

    @Test
    void sampleRowKeyIsIdLike() throws IOException {
        Frame all = readIntegerCsv(Datasets.require("covertype/covertype_7class_sample50k.csv.gz"));
        LongColumn cover = (LongColumn) all.column("Cover_Type");
        double[] y = new double[all.rowCount()];
        for (int i = 0; i < y.length; i++) {
            y[i] = cover.getLong(i) - 1;
        }
        Target target = new Target("Cover_Type", Task.MULTICLASS, y, List.of("1", "2", "3", "4", "5", "6", "7"));
        List<LeakageFinding> findings = LeakageChecks.run(all.without("Cover_Type"), target, LeakageOptions.defaults());
        findings.forEach(System.out::println);

        assertThat(findings).extracting(LeakageFinding::column, LeakageFinding::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("uci_row", LeakageFinding.ID_LIKE));
    }

    private static Target binaryTarget(Frame f, String name) {
        LongColumn c = (LongColumn) f.column(name);
        double[] y = new double[f.rowCount()];
        for (int i = 0; i < y.length; i++) {
            y[i] = c.getLong(i);
        }
        return new Target(name, Task.BINARY, y, List.of("0", "1"));
    }

    /** Reads a gzip CSV whose cells are all integers (no quotes, no missing values) into long columns. */
    static Frame readIntegerCsv(Path file) throws IOException {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file), 1 << 16), StandardCharsets.US_ASCII), 1 << 16)) {
            String[] names = in.readLine().split(",");
            int k = names.length;
            List<long[]> cols = new ArrayList<>();
            for (int j = 0; j < k; j++) {
                cols.add(new long[1 << 16]);
            }
            int n = 0;
            String line;
            while ((line = in.readLine()) != null) {
                if (n == cols.get(0).length) {
                    for (int j = 0; j < k; j++) {
                        cols.set(j, java.util.Arrays.copyOf(cols.get(j), n * 2));
                    }
                }
                int j = 0;
                long v = 0;
                boolean neg = false;
                for (int p = 0; p < line.length(); p++) {
                    char ch = line.charAt(p);
                    if (ch == ',') {
                        cols.get(j++)[n] = neg ? -v : v;
                        v = 0;
                        neg = false;
                    } else if (ch == '-') {
                        neg = true;
                    } else if (ch >= '0' && ch <= '9') {
                        v = v * 10 + (ch - '0');
                    }
                }
                cols.get(j)[n] = neg ? -v : v;
                n++;
            }
            List<Column> columns = new ArrayList<>();
            for (int j = 0; j < k; j++) {
                columns.add(LongColumn.owning(names[j].replace("\"", ""), java.util.Arrays.copyOf(cols.get(j), n), new java.util.BitSet()));
            }
            return Frame.of(columns);
        }
    }
}
