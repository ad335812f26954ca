package dev.modelyard.evaluate.leakage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.core.frame.BooleanColumn;
import dev.modelyard.core.frame.CategoricalColumn;
import dev.modelyard.core.frame.DoubleColumn;
import dev.modelyard.core.frame.Frame;
import dev.modelyard.core.frame.LongColumn;
import dev.modelyard.core.frame.TextColumn;
import dev.modelyard.scoring.api.Target;
import dev.modelyard.scoring.api.Task;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LeakageChecksTest {
    private static final int N = 2000;

    /** Findings as column -> kinds, for readable assertions. */
    static Map<String, List<String>> byColumn(List<LeakageFinding> findings) {
        return findings.stream().filter(f -> f.column() != null)
                .collect(Collectors.groupingBy(LeakageFinding::column, Collectors.mapping(LeakageFinding::kind, Collectors.toList())));
    }

    static long[] shuffledIds(int n, Random r) {
        long[] ids = new long[n];
        for (int i = 0; i < n; i++) {
            ids[i] = 1000 + 7L * i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            long t = ids[i];
            ids[i] = ids[j];
            ids[j] = t;
        }
        return ids;
    }

    @Test
    void binaryTargetFlagsLeaksAndSparesHonestFeatures() {
        Random r = new Random(1);
        double[] y = new double[N];
        double[] noisyCopy = new double[N];
        double[] predictive = new double[N];
        double[] continuous = new double[N];
        double[] uShaped = new double[N];
        double[] nullWhenPositive = new double[N];
        long[] rowCounter = new long[N];
        String[] stringId = new String[N];
        String[] status = new String[N];
        String[] color = new String[N];
        for (int i = 0; i < N; i++) {
            y[i] = r.nextInt(2);
            noisyCopy[i] = y[i] + 0.3 * r.nextGaussian(); // AUC about Phi(1 / (0.3 sqrt 2)) = 0.991
            predictive[i] = 1.2 * y[i] + r.nextGaussian(); // AUC about Phi(1.2 / sqrt 2) = 0.80
            continuous[i] = r.nextGaussian();
            // positives far out on both sides, negatives in the middle: raw AUC near 0.5
            uShaped[i] = y[i] == 1 ? (r.nextBoolean() ? 3 : -3) + 0.3 * r.nextGaussian() : 0.5 * r.nextGaussian();
            nullWhenPositive[i] = y[i] == 1 ? Double.NaN : r.nextGaussian();
            rowCounter[i] = i;
            stringId[i] = "u-" + Long.toHexString(r.nextLong());
            status[i] = (y[i] == 1) != (r.nextDouble() < 0.003) ? "closed" : "open";
            color[i] = List.of("red", "green", "blue").get(r.nextInt(3));
        }
        Frame f = Frame.of(
                DoubleColumn.of("noisy_copy", noisyCopy),
                DoubleColumn.of("predictive", predictive),
                DoubleColumn.of("continuous", continuous),
                DoubleColumn.of("u_shaped", uShaped),
                DoubleColumn.of("null_when_positive", nullWhenPositive),
                LongColumn.of("int_id", shuffledIds(N, r)),
                LongColumn.of("row", rowCounter),
                TextColumn.of("string_id", stringId),
                CategoricalColumn.fromStrings("status", status),
                CategoricalColumn.fromStrings("color", color));
        Target target = new Target("y", Task.BINARY, y, List.of("no", "yes"));

        List<LeakageFinding> findings = LeakageChecks.run(f, target, LeakageOptions.defaults());

        assertThat(byColumn(findings)).containsOnly(
                Map.entry("noisy_copy", List.of("target_proxy")),
                Map.entry("u_shaped", List.of("target_proxy")),
                Map.entry("null_when_positive", List.of("target_proxy")),
                Map.entry("status", List.of("target_proxy")),
                Map.entry("int_id", List.of("id_like")),
                Map.entry("row", List.of("id_like")),
                Map.entry("string_id", List.of("id_like")));
        // the honest feature is genuinely predictive, just not leaking
        int[] classes = java.util.Arrays.stream(y).mapToInt(v -> (int) v).toArray();
        assertThat(RawScore.binaryAuc(predictive, classes)).isBetween(0.75, 0.85);
        LeakageFinding copy = findings.stream().filter(x -> x.column().equals("noisy_copy")).findFirst().orElseThrow();
        assertThat(copy.score()).isBetween(0.98, 0.999);
        assertThat(copy.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(copy.message()).startsWith("feature 'noisy_copy' alone reaches AUC 0.9").contains("on the target: likely leakage");
        assertThat(findings.stream().filter(x -> x.column().equals("u_shaped")).findFirst().orElseThrow().message())
                .contains("quantile bins");
        assertThat(findings.stream().filter(x -> x.column().equals("row")).findFirst().orElseThrow().message())
                .contains("strictly increases with row order");
        // critical findings come first
        assertThat(findings.get(0).severity()).isEqualTo(Severity.CRITICAL);
        assertThat(findings.get(findings.size() - 1).severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void theSameSeedGivesTheSameFindings() {
        Random r = new Random(2);
        double[] y = new double[N];
        double[] x = new double[N];
        for (int i = 0; i < N; i++) {
            y[i] = r.nextInt(2);
            x[i] = y[i] + 0.1 * r.nextGaussian();
        }
        Frame f = Frame.of(DoubleColumn.of("x", x));
        Target t = new Target("y", Task.BINARY, y, List.of("0", "1"));
        assertThat(LeakageChecks.run(f, t, LeakageOptions.defaults().withSeed(9)))
                .isEqualTo(LeakageChecks.run(f, t, LeakageOptions.defaults().withSeed(9)));
    }

    @Test
    void regressionTargetUsesR2() {
        Random r = new Random(3);
        double[] y = new double[N];
        double[] noisyCopy = new double[N];
        double[] absDeviation = new double[N];
        double[] halfSignal = new double[N];
        String[] stringId = new String[N];
        for (int i = 0; i < N; i++) {
            y[i] = 100 + 20 * r.nextGaussian();
            noisyCopy[i] = 3 * y[i] + 5 * r.nextGaussian(); // R2 about 1 - (5/3)^2/400
            halfSignal[i] = (y[i] - 100) / 20 + r.nextGaussian(); // R2 about 0.5
            stringId[i] = "row-" + r.nextInt(Integer.MAX_VALUE);
            // tells how far from the mean but not which side: binned, it explains almost nothing
            absDeviation[i] = Math.sqrt(Math.abs(y[i] - 100));
        }
        Frame f = Frame.of(DoubleColumn.of("noisy_copy", noisyCopy), DoubleColumn.of("half_signal", halfSignal),
                DoubleColumn.of("abs_dev", absDeviation), TextColumn.of("string_id", stringId));
        Target target = new Target("price", Task.REGRESSION, y, List.of());

        List<LeakageFinding> findings = LeakageChecks.run(f, target, LeakageOptions.defaults());

        assertThat(byColumn(findings)).containsOnly(
                Map.entry("noisy_copy", List.of("target_proxy")),
                Map.entry("string_id", List.of("id_like")));
        assertThat(findings.get(0).message()).startsWith("feature 'noisy_copy' alone reaches R² 0.99");
    }

    @Test
    void multiclassUsesTheMacroOneVersusRestAuc() {
        Random r = new Random(4);
        double[] y = new double[N];
        double[] noisyCopy = new double[N];
        double[] isolatesOneClass = new double[N];
        String[] levelCopy = new String[N];
        for (int i = 0; i < N; i++) {
            y[i] = r.nextInt(3);
            noisyCopy[i] = y[i] + 0.1 * r.nextGaussian();
            // separates class 2 perfectly but says nothing about 0 versus 1: a strong feature, not a leak
            isolatesOneClass[i] = (y[i] == 2 ? 10 : 0) + r.nextGaussian();
            levelCopy[i] = "class-" + (int) y[i];
        }
        Frame f = Frame.of(DoubleColumn.of("noisy_copy", noisyCopy), DoubleColumn.of("isolates_one", isolatesOneClass),
                CategoricalColumn.fromStrings("level_copy", levelCopy));
        Target target = new Target("kind", Task.MULTICLASS, y, List.of("a", "b", "c"));

        List<LeakageFinding> findings = LeakageChecks.run(f, target, LeakageOptions.defaults());

        assertThat(byColumn(findings)).containsOnly(
                Map.entry("noisy_copy", List.of("target_proxy")),
                Map.entry("level_copy", List.of("target_proxy")));
        assertThat(findings.get(0).message()).contains("macro one-vs-rest AUC");
    }

    @Test
    void idLikeNeedsIntegersOrStringsAndEnoughRows() {
        Random r = new Random(5);
        double[] wholeDoubles = new double[N];
        double[] mostlyUnique = new double[N];
        boolean[] flags = new boolean[N];
        String[] nearlyUnique = new String[N];
        String[] repeated = new String[N];
        for (int i = 0; i < N; i++) {
            wholeDoubles[i] = (double) ((i * 7919L) % 100_003); // unique, integral, not monotonic
            mostlyUnique[i] = r.nextGaussian();
            flags[i] = r.nextBoolean();
            nearlyUnique[i] = i % 50 == 0 ? "dup" : "k" + i; // 98% distinct
            repeated[i] = "k" + (i % 1000); // 50% distinct
        }
        Frame f = Frame.of(DoubleColumn.of("whole_doubles", wholeDoubles), DoubleColumn.of("gaussian", mostlyUnique),
                BooleanColumn.of("flag", flags, new BitSet()), TextColumn.of("nearly_unique", nearlyUnique),
                TextColumn.of("repeated", repeated));
        Target target = new Target("y", Task.BINARY, randomClasses(r, N), List.of("0", "1"));
        assertThat(byColumn(LeakageChecks.run(f, target, LeakageOptions.defaults()))).containsOnly(
                Map.entry("whole_doubles", List.of("id_like")),
                Map.entry("nearly_unique", List.of("id_like")));

        Frame small = Frame.of(LongColumn.of("id", new long[] {5, 3, 9, 1, 7}));
        assertThat(LeakageChecks.run(small, new Target("y", Task.BINARY, new double[] {0, 1, 0, 1, 1}, List.of("0", "1")),
                LeakageOptions.defaults())).isEmpty();
    }

    @Test
    void rejectsMismatchedRowsAndUnknownTimeColumn() {
        Frame f = Frame.of(DoubleColumn.of("x", new double[] {1, 2, 3}));
        Target t = new Target("y", Task.BINARY, new double[] {0, 1}, List.of("0", "1"));
        assertThatThrownBy(() -> LeakageChecks.run(f, t, LeakageOptions.defaults()))
                .isInstanceOf(ModelyardException.class).hasMessageContaining("3 rows but target 'y' has 2");
        Target t3 = new Target("y", Task.BINARY, new double[] {0, 1, 0}, List.of("0", "1"));
        assertThatThrownBy(() -> LeakageChecks.run(f, t3, LeakageOptions.defaults().withTimeColumn("when")))
                .isInstanceOf(ModelyardException.class).hasMessageContaining("column 'when' not found");
        assertThatThrownBy(() -> LeakageChecks.run(f, t3, LeakageOptions.defaults().withTimeColumn("x")))
                .isInstanceOf(ModelyardException.class).hasMessage("time column 'x' is double, expected a timestamp");
    }

    static double[] randomClasses(Random r, int n) {
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = r.nextInt(2);
        }
        return y;
    }
}
