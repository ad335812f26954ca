package dev.modelyard.learn.tree;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelyard.core.frame.DoubleColumn;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.core.testing.Datasets;
import dev.modelyard.learn.api.FitContext;
import dev.modelyard.scoring.api.Target;
import dev.modelyard.scoring.api.Task;
import dev.modelyard.scoring.pipeline.FittedPipeline;
import dev.modelyard.scoring.pipeline.RowScorer;
import dev.modelyard.scoring.tree.LightGbmModel;
import dev.modelyard.scoring.tree.TreeEnsembleModel;
import java.io.BufferedReader;
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
 * On covertype (7 classes, 54 integer features), a fitted pipeline scored in Java — batch and compiled
 * row by row — gives XGBoost's (and LightGBM's) own softmax probabilities on held-out rows.
 */
@Tag("realdata")
class CovertypeParityTest {
    static final String FILE = "covertype/covertype_7class_sample50k.csv.gz";
    static final int CLASSES = 7;

    /** Training and held-out rows: the file is ordered by area, so every fifth row is held out. */
    record Split(Frame train, Target trainY, Frame test, Target testY) {}

    static Split read(Path file) throws Exception {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            String[] header = in.readLine().split(",", -1);
            // columns: uci_row (an id, dropped), 54 features, Cover_Type (1..7) last
            assertThat(header[0]).isEqualTo("uci_row");
            assertThat(header[header.length - 1]).isEqualTo("Cover_Type");
            int p = header.length - 2;
            List<double[]> train = new ArrayList<>();
            List<double[]> test = new ArrayList<>();
            String line;
            for (int row = 0; (line = in.readLine()) != null; row++) {
                String[] f = line.split(",", -1);
                double[] r = new double[p + 1];
                for (int j = 0; j <= p; j++) {
                    r[j] = Double.parseDouble(f[j + 1]);
                }
                (row % 5 == 0 ? test : train).add(r);
            }
            String[] names = java.util.Arrays.copyOfRange(header, 1, p + 1);
            Frame trainX = frame(names, train);
            Frame testX = frame(names, test);
            return new Split(trainX, target(train, p), testX, target(test, p));
        }
    }

    private static Frame frame(String[] names, List<double[]> rows) {
        List<DoubleColumn> cols = new ArrayList<>();
        for (int j = 0; j < names.length; j++) {
            double[] v = new double[rows.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = rows.get(i)[j];
            }
            cols.add(DoubleColumn.of(names[j], v));
        }
        return Frame.of(cols);
    }

    private static Target target(List<double[]> rows, int labelAt) {
        double[] y = rows.stream().mapToDouble(r -> r[labelAt] - 1).toArray();
        List<String> classes = new ArrayList<>();
        for (int c = 1; c <= CLASSES; c++) {
            classes.add(Integer.toString(c));
        }
        return new Target("Cover_Type", Task.MULTICLASS, y, classes);
    }

    @Test
    void batchAndRowScoringMatchXgboostOnHeldOutRows() throws Exception {
        Split d = read(Datasets.require(FILE));
        // fixed 100 rounds (no early stopping), row and column sampling on: 700 trees of depth <= 6
        GbdtParams params = new GbdtParams(100, 0.1, 6, 1.0, 0.8, 0.8, 1.0, 0.0, 0, 0.0, 256);
        long t0 = System.nanoTime();
        TreeEnsembleModel model = new GbdtLearner(params).fit(d.train(), d.trainY(), FitContext.seeded(7).withThreads(2));
        long fitMs = (System.nanoTime() - t0) / 1_000_000;
        assertThat(model.treeCount()).isEqualTo(100 * CLASSES);

        float[][] ref = TreeTestData.xgboostPredict(model, d.test());
        FittedPipeline pipeline = FittedPipeline.of(d.train(), d.trainY(), List.of(), model);

        Frame batch = pipeline.predict(d.test(), 2);
        int n = d.test().rowCount();
        double batchDiff = 0;
        for (int c = 0; c < CLASSES; c++) {
            for (int i = 0; i < n; i++) {
                batchDiff = Math.max(batchDiff, Math.abs(batch.column(c).getDouble(i) - ref[i][c]));
            }
        }

        RowScorer scorer = pipeline.compile();
        List<String> names = d.test().schema().names();
        double rowDiff = 0;
        int correct = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < names.size(); j++) {
                scorer.input().num[j] = d.test().column(j).getDouble(i);
            }
            double[] proba = scorer.score();
            int best = 0;
            for (int c = 0; c < CLASSES; c++) {
                rowDiff = Math.max(rowDiff, Math.abs(proba[c] - ref[i][c]));
                best = proba[c] > proba[best] ? c : best;
            }
            correct += best == d.testY().classOf(i) ? 1 : 0;
        }
        double accuracy = (double) correct / n;
        System.out.printf("covertype 7-class: fit %d ms, %d trees, held-out %d rows, accuracy %.4f, max |diff| batch %.3g row %.3g%n",
                fitMs, model.treeCount(), n, accuracy, batchDiff, rowDiff);
        assertThat(batchDiff).isLessThanOrEqualTo(1e-6);
        assertThat(rowDiff).isLessThanOrEqualTo(1e-6);
        // the model is a real one, not a constant: 100 rounds reach well above the 49 % majority class
        assertThat(accuracy).isGreaterThan(0.75);
    }

    @Test
    void lightgbmScoredInJavaMatchesLightgbmOnHeldOutRows() throws Exception {
        Split d = read(Datasets.require(FILE));
        // fixed 50 rounds (no early stopping), bagging and feature sampling on: 350 leaf-wise trees of up to 63 leaves
        LgbmParams params = LgbmParams.defaults().withMaxRounds(50).withEarlyStopping(0, 0.0);
        long t0 = System.nanoTime();
        LightGbmModel model = new LgbmLearner(params).fit(d.train(), d.trainY(), FitContext.seeded(7).withThreads(2));
        long fitMs = (System.nanoTime() - t0) / 1_000_000;
        assertThat(model.treeCount()).isEqualTo(50 * CLASSES);

        double[][] ref = TreeTestData.lightgbmPredict(model, d.test());
        FittedPipeline pipeline = FittedPipeline.of(d.train(), d.trainY(), List.of(), model);
        Frame batch = pipeline.predict(d.test(), 2);
        int n = d.test().rowCount();
        double diff = 0;
        int correct = 0;
        for (int i = 0; i < n; i++) {
            int best = 0;
            for (int c = 0; c < CLASSES; c++) {
                double p = batch.column(c).getDouble(i);
                diff = Math.max(diff, Math.abs(p - ref[i][c]));
                best = p > batch.column(best).getDouble(i) ? c : best;
            }
            correct += best == d.testY().classOf(i) ? 1 : 0;
        }
        double accuracy = (double) correct / n;
        System.out.printf("covertype 7-class lgbm: fit %d ms, %d trees, held-out %d rows, accuracy %.4f, max |diff| %.3g%n",
                fitMs, model.treeCount(), n, accuracy, diff);
        assertThat(diff).isLessThanOrEqualTo(1e-6);
        assertThat(accuracy).isGreaterThan(0.75);
    }
}
