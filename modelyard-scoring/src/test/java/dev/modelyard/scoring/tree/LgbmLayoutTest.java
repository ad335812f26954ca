package dev.modelyard.scoring.tree;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelyard.core.error.ErrorCode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The complete-tree layout of LightGBM trees gives exactly the node walk's sums, in each missing-value mode,
 * on rows that sit on, just beside and far from every threshold, at ±0, at LightGBM's zero band and at NaN.
 * The models under resources/lightgbm were trained by LightGBM 4.3 (two features: a code and a number).
 */
class LgbmLayoutTest {
    static LgbmModelText read(String name) throws IOException {
        try (InputStream in = LgbmLayoutTest.class.getResourceAsStream("/lightgbm/" + name)) {
            return LgbmModelText.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), ErrorCode.CORRUPT_BUNDLE);
        }
    }

    static List<double[]> probes(LgbmTrees t) {
        List<Double> values = new ArrayList<>(List.of(0.0, -0.0, 1e-36, -1e-36, (double) 1e-35f, -(double) 1e-35f, 1e-34, -1e-34,
                Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1.0, -1.0, 40.0));
        for (double th : t.threshold) {
            values.add(th);
            values.add(Math.nextUp(th));
            values.add(Math.nextDown(th));
        }
        List<double[]> rows = new ArrayList<>();
        Random r = new Random(1);
        for (double a : values) {
            rows.add(new double[] {a, values.get(r.nextInt(values.size()))});
            rows.add(new double[] {values.get(r.nextInt(values.size())), a});
        }
        for (int i = 0; i < 2000; i++) {
            rows.add(new double[] {r.nextInt(42) - 1, r.nextGaussian() * 2});
        }
        return rows;
    }

    @Test
    void completeTreesEqualTheNodeWalkInEveryMissingMode() throws IOException {
        for (String name : List.of("nan-missing.txt", "zero-missing.txt", "no-missing.txt")) {
            LgbmTrees trees = read(name).trees();
            LgbmCompleteTrees complete = LgbmCompleteTrees.of(trees);
            assertThat(complete).as(name + " fits the complete layout").isNotNull();
            LgbmTrees.Cursor fast = complete.cursor();
            int differing = 0;
            List<double[]> rows = probes(trees);
            for (double[] x : rows) {
                double[] a = {0.25};
                double[] b = {0.25};
                trees.addTo(x, a);
                fast.addTo(x, b);
                differing += Double.compare(a[0], b[0]) != 0 ? 1 : 0;
            }
            assertThat(differing).as(name + ": rows whose sums differ, of " + rows.size()).isZero();
        }
    }

    @Test
    void missingModesAreReadFromTheModels() throws IOException {
        assertThat(modes(read("nan-missing.txt").trees())).contains(2);
        assertThat(modes(read("zero-missing.txt").trees())).contains(1);
        assertThat(modes(read("no-missing.txt").trees())).containsOnly(0);
    }

    @Test
    void categoricalSplitsKeepTheNodeWalk() throws IOException {
        LgbmTrees trees = read("categorical.txt").trees();
        assertThat(trees.catBits).isNotEmpty();
        assertThat(LgbmCompleteTrees.of(trees)).isNull();
        assertThat(trees.fastest().get()).isNotNull();
    }

    private static List<Integer> modes(LgbmTrees t) {
        List<Integer> m = new ArrayList<>();
        for (byte d : t.decision) {
            m.add((d >> 2) & 3);
        }
        return m;
    }
}
