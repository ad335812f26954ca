package dev.modelyard.learn.tree;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelyard.core.frame.DoubleColumn;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.core.testing.Datasets;
import dev.modelyard.learn.api.FitContext;
import dev.modelyard.learn.api.Learner;
import dev.modelyard.scoring.api.Target;
import dev.modelyard.scoring.api.Task;
import dev.modelyard.scoring.tree.TreeModel;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** On real data (the numeric columns of adult), the flattened trees still give XGBoost's and LightGBM's own predictions. */
@Tag("realdata")
class AdultParityTest {
    static final String[] NUMERIC = {"age", "fnlwgt", "education-num", "capital-gain", "capital-loss", "hours-per-week"};

    /** The numeric columns and the target of the first {@code limit} rows, read with a plain comma split (adult has no quoting). */
    record Adult(Frame x, Target y) {}

    static Adult read(Path file, int limit) throws Exception {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            List<String> header = Arrays.asList(in.readLine().split(",", -1));
            int[] col = Arrays.stream(NUMERIC).mapToInt(header::indexOf).toArray();
            int label = header.indexOf("income");
            assertThat(col).doesNotContain(-1);
            assertThat(label).isNotNegative();
            List<double[]> rows = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            String line;
            while (rows.size() < limit && (line = in.readLine()) != null) {
                String[] f = line.split(",", -1);
                double[] r = new double[col.length];
                for (int j = 0; j < col.length; j++) {
                    r[j] = f[col[j]].isEmpty() ? Double.NaN : Double.parseDouble(f[col[j]]);
                }
                rows.add(r);
                ys.add(f[label].equals(">50K") ? 1.0 : 0.0);
            }
            List<DoubleColumn> cols = new ArrayList<>();
            for (int j = 0; j < col.length; j++) {
                double[] v = new double[rows.size()];
                for (int i = 0; i < v.length; i++) {
                    v[i] = rows.get(i)[j];
                }
                cols.add(DoubleColumn.of(NUMERIC[j], v));
            }
            double[] y = ys.stream().mapToDouble(Double::doubleValue).toArray();
            return new Adult(Frame.of(cols), new Target("income", Task.BINARY, y, List.of("<=50K", ">50K")));
        }
    }

    void check(Learner learner) throws Exception {
        Adult train = read(Datasets.require("adult/adult_train.csv.gz"), 10_000);
        Adult test = read(Datasets.require("adult/adult_test.csv.gz"), 10_000);
        long t0 = System.nanoTime();
        TreeModel m = (TreeModel) learner.fit(train.x(), train.y(), FitContext.seeded(42));
        long fitMs = (System.nanoTime() - t0) / 1_000_000;
        double diffTrain = TreeTestData.maxAbsDiff(m, train.x());
        double diffTest = TreeTestData.maxAbsDiff(m, test.x());
        Frame out = m.transform(test.x());
        double[] score = new double[test.x().rowCount()];
        for (int i = 0; i < score.length; i++) {
            score[i] = out.column("proba_>50K").getDouble(i);
        }
        double auc = TreeTestData.auc(score, test.y().values());
        System.out.printf("adult %s: fit %d ms, %d trees (best round %d), test AUC %.4f, max |diff| train %.3g test %.3g%n",
                learner.name(), fitMs, m.treeCount(), m.bestIteration(), auc, diffTrain, diffTest);
        assertThat(Math.max(diffTrain, diffTest)).isLessThanOrEqualTo(1e-6);
        assertThat(auc).isGreaterThan(0.8);
    }

    @Test
    void gbdtDefaults() throws Exception {
        check(GbdtLearner.defaults());
    }

    @Test
    void lgbmDefaults() throws Exception {
        check(LgbmLearner.defaults());
    }

    @Test
    void forestDefaults() throws Exception {
        check(RandomForestLearner.defaults());
    }
}
