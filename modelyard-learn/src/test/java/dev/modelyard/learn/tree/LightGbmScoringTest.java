package dev.modelyard.learn.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelyard.core.error.ErrorCode;
import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.learn.api.FitContext;
import dev.modelyard.scoring.api.Target;
import dev.modelyard.scoring.api.Task;
import dev.modelyard.scoring.bundle.StepCodecs;
import dev.modelyard.scoring.bundle.StepState;
import dev.modelyard.scoring.tree.LightGbmModel;
import io.github.metarank.lightgbm4j.LGBMBooster;
import io.github.metarank.lightgbm4j.LGBMDataset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * LightGBM models scored in Java give LightGBM's own predictions: fitted by the learner on every task, and
 * trained directly with the settings that make the other split kinds (categorical bitsets, zero-as-missing,
 * no missing handling, random-forest averaging), scored on rows that probe each edge.
 */
class LightGbmScoringTest {
    static final Frame DATA = TreeTestData.withMissing(1500, 6, 5);
    /** Predictions agree to rounding (the sums are the same doubles in the same order). */
    static final double TOLERANCE = 1e-12;

    @Test
    void learnerModelsMatchLightgbmOnEveryTask() throws Exception {
        LgbmParams p = LgbmParams.defaults().withMaxRounds(80);
        for (Target y : List.of(TreeTestData.binary(DATA, 1), TreeTestData.multiclass(DATA, 2), TreeTestData.regression(DATA, 3))) {
            LightGbmModel m = new LgbmLearner(p).fit(DATA, y, FitContext.seeded(3));
            assertThat(m.treeCount()).isPositive();
            assertThat(m.validationCurve()).hasSizeGreaterThan(m.bestIteration());
            int outputs = y.task() == Task.MULTICLASS ? y.classCount() : 1;
            assertThat(m.treeCount()).isEqualTo((m.bestIteration() + 1) * outputs);
            assertThat(TreeTestData.maxAbsDiff(m, DATA)).as(y.task().label()).isLessThanOrEqualTo(TOLERANCE);
        }
    }

    @Test
    void earlyStoppingKeepsTheBestRound() {
        // a high learning rate over-fits quickly: the validation loss turns and the model is cut at its best
        LgbmParams p = new LgbmParams(400, 0.5, 63, -1, 5, 1.0, 1.0, 0.0, 10, 0.2, 255);
        LightGbmModel m = new LgbmLearner(p).fit(DATA, TreeTestData.binary(DATA, 1), FitContext.seeded(3));
        double[] curve = m.validationCurve();
        assertThat(curve.length).isLessThan(400).isEqualTo(m.bestIteration() + 11);
        for (double v : curve) {
            assertThat(v).isGreaterThanOrEqualTo(curve[m.bestIteration()]);
        }
        assertThat(m.treeCount()).isEqualTo(m.bestIteration() + 1);
    }

    /** Rows of (category code, number) with categories 0..39 and a target that depends on a set of them. */
    record Raw(float[] x, float[] y, int rows) {}

    static Raw categorical(int rows, long seed) {
        Random r = new Random(seed);
        float[] x = new float[rows * 2];
        float[] y = new float[rows];
        for (int i = 0; i < rows; i++) {
            int cat = r.nextInt(40);
            double num = r.nextDouble() < 0.1 ? Double.NaN : r.nextGaussian();
            x[2 * i] = r.nextDouble() < 0.05 ? Float.NaN : cat;
            x[2 * i + 1] = r.nextDouble() < 0.1 ? 0f : (float) num;
            boolean inSet = cat % 3 == 0 || cat == 17 || cat == 38;
            double z = (inSet ? 1.5 : -1.0) + (Double.isNaN(num) ? 0.8 : num) + r.nextGaussian() * 0.5;
            y[i] = z > 0 ? 1f : 0f;
        }
        return new Raw(x, y, rows);
    }

    static String nativeModel(Raw d, String params, int rounds) throws Exception {
        try (LGBMDataset ds = LGBMDataset.createFromMat(d.x(), d.rows(), 2, true, params, null)) {
            ds.setField("label", d.y());
            try (LGBMBooster b = LGBMBooster.create(ds, params)) {
                for (int i = 0; i < rounds; i++) {
                    b.updateOneIter();
                }
                return b.saveModelToString(0, 0, LGBMBooster.FeatureImportanceType.SPLIT);
            }
        }
    }

    /** Probe rows: every category, unseen and huge codes, negative and fractional codes, NaN, and zeros and NaN in the number. */
    static double[][] probes() {
        double[] cats = {0, 1, 2, 3, 17, 38, 39, 40, 63, 64, 1000, 1e12, -1, -0.5, 0.5, 2.9, Double.NaN, Double.POSITIVE_INFINITY};
        double[] nums = {-1.2, -1e-40, 0.0, -0.0, 1e-36, 0.3, Double.NaN, 2.5};
        double[][] rows = new double[cats.length * nums.length + 40][];
        int k = 0;
        for (double c : cats) {
            for (double v : nums) {
                rows[k++] = new double[] {c, v};
            }
        }
        for (int c = 0; c < 40; c++) {
            rows[k++] = new double[] {c, 0.1 * c - 2};
        }
        return rows;
    }

    static double maxDiffOnProbes(String text) throws Exception {
        LightGbmModel m = LightGbmModel.fromText(new LgbmParams(1, 0.1, 2, -1, 1, 1, 1, 0, 0, 0, 2), Task.BINARY,
                List.of("0", "1"), List.of("cat", "num"), text, 0, new double[0], "logloss");
        double[][] rows = probes();
        double[] flat = new double[rows.length * 2];
        for (int i = 0; i < rows.length; i++) {
            flat[2 * i] = rows[i][0];
            flat[2 * i + 1] = rows[i][1];
        }
        double[] ref = TreeTestData.lightgbmPredict(text, flat, rows.length, 2, 1);
        double[] out = new double[2];
        double max = 0;
        for (int i = 0; i < rows.length; i++) {
            m.predictRow(rows[i], out);
            max = Math.max(max, Math.abs(out[1] - ref[i]));
        }
        return max;
    }

    static final String BASE = "objective=binary num_threads=1 seed=1 deterministic=true force_row_wise=true verbosity=-1"
            + " num_leaves=15 min_data_in_leaf=5 learning_rate=0.2";

    @Test
    void categoricalSplitsAreBitsets() throws Exception {
        String text = nativeModel(categorical(3000, 1), BASE + " categorical_feature=0 max_cat_to_onehot=2 min_data_per_group=5 cat_smooth=1", 30);
        assertThat(maxNumCat(text)).as("the model has categorical splits").isPositive();
        assertThat(text).containsPattern("cat_threshold=\\d");
        assertThat(maxDiffOnProbes(text)).isLessThanOrEqualTo(TOLERANCE);
    }

    @Test
    void zeroAsMissingAndNoMissingHandlingMatch() throws Exception {
        String zero = nativeModel(categorical(3000, 2), BASE + " zero_as_missing=true", 30);
        assertThat(missingTypes(zero)).as("decision types of a zero-as-missing model").contains(1);
        assertThat(maxDiffOnProbes(zero)).isLessThanOrEqualTo(TOLERANCE);

        String none = nativeModel(categorical(3000, 3), BASE + " use_missing=false", 30);
        assertThat(missingTypes(none)).containsOnly(0);
        assertThat(maxDiffOnProbes(none)).isLessThanOrEqualTo(TOLERANCE);

        String nan = nativeModel(categorical(3000, 4), BASE, 30);
        assertThat(missingTypes(nan)).contains(2);
        assertThat(maxDiffOnProbes(nan)).isLessThanOrEqualTo(TOLERANCE);
    }

    @Test
    void randomForestModeAveragesTrees() throws Exception {
        String rf = nativeModel(categorical(3000, 5), BASE + " boosting=rf bagging_fraction=0.7 bagging_freq=1 feature_fraction=0.9", 20);
        assertThat(rf).contains("average_output");
        assertThat(maxDiffOnProbes(rf)).isLessThanOrEqualTo(TOLERANCE);
    }

    @Test
    void bundleStateRoundTripsAndDamageIsRejected() {
        LightGbmModel m = new LgbmLearner(LgbmParams.defaults().withMaxRounds(20)).fit(DATA, TreeTestData.binary(DATA, 1), FitContext.seeded(3));
        StepState s = m.save();
        assertThat(s.kind()).isEqualTo("lgbm");
        assertThat(s.payloads()).containsKeys("lightgbm.txt", "validation_curve");
        LightGbmModel back = (LightGbmModel) StepCodecs.standard().load(s);
        double[] x = {0.1, Double.NaN, -2, 0, 3, 0.25};
        double[] a = new double[2];
        double[] b = new double[2];
        m.predictRow(x, a);
        back.predictRow(x, b);
        assertThat(b).containsExactly(a);

        String text = m.lightgbmModelText();
        assertCorrupt(s, text.substring(0, text.indexOf("end of trees")), "'end of trees'");
        assertCorrupt(s, text.replaceFirst("left_child=1", "left_child=0"), "out of range");
        assertCorrupt(s, text.replaceFirst("threshold=\\S+", "threshold=abc"), "not a number");
        assertCorrupt(s, text.replaceFirst("max_feature_idx=5", "max_feature_idx=9"), "10 features");
        assertCorrupt(s, text.replaceFirst("objective=binary", "objective=lambdarank"), "not supported");
        assertCorrupt(s, "not a model", "not a LightGBM text model");
    }

    static void assertCorrupt(StepState s, String text, String message) {
        Map<String, byte[]> p = new LinkedHashMap<>(s.payloads());
        p.put("lightgbm.txt", text.getBytes(StandardCharsets.UTF_8));
        StepState damaged = new StepState(s.kind(), s.params(), p);
        assertThatThrownBy(() -> StepCodecs.standard().load(damaged))
                .isInstanceOfSatisfying(ModelyardException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CORRUPT_BUNDLE))
                .hasMessageContaining(message);
    }

    private static int maxNumCat(String text) {
        int max = 0;
        Matcher m = Pattern.compile("(?m)^num_cat=(\\d+)").matcher(text);
        while (m.find()) {
            max = Math.max(max, Integer.parseInt(m.group(1)));
        }
        return max;
    }

    private static List<Integer> missingTypes(String text) {
        List<Integer> types = new java.util.ArrayList<>();
        Matcher m = Pattern.compile("(?m)^decision_type=(.*)$").matcher(text);
        while (m.find()) {
            for (String d : m.group(1).trim().split(" ")) {
                if (!d.isEmpty() && (Integer.parseInt(d) & 1) == 0) {
                    types.add((Integer.parseInt(d) >> 2) & 3);
                }
            }
        }
        return types;
    }
}
